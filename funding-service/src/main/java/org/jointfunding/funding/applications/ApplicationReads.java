package org.jointfunding.funding.applications;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.funding.common.Rows;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.jointfunding.funding.common.Rows.decimal;

/**
 * Reading one application as one SQL statement outside any transaction: its row, its call's id, title
 * and closing instant, its partners, amounts, answers and collaborators, and the agencies funding its
 * call (what {@link ApplicationAccess} needs to decide who may read it). Through Hibernate the same
 * read took six statements and a transaction (docs/PERFORMANCE.md, Read paths). It answers from
 * {@link ApplicationViews} when that has the answer.
 */
@ApplicationScoped
public class ApplicationReads {

    /** The view and what the access check needs. */
    public record Readable(ApplicationView view, List<String> funders) {
    }

    private static final String BY_ID = """
            select a.id, a.call_id, c.title as call_title, c.closes_at as call_closes_at, a.owner_id, a.title, a.summary,
                   a.sector, a.mentoring_needs, a.languages, a.status, a.created_at, a.submitted_at, a.version,
                   array(select array[p.name, p.country, p.role] from application_partner p
                          where p.application_id = a.id order by p.position) as partners,
                   array(select array[r.agency_code, r.amount::text] from application_request r where r.application_id = a.id) as amounts,
                   array(select array[q.question, q.answer] from application_answer q where q.application_id = a.id) as answers,
                   array(select s.startup_id from application_collaborator s where s.application_id = a.id) as collaborators,
                   array(select f.agency_code from call_funder f where f.call_id = a.call_id) as funders
              from application a join joint_call c on c.id = a.call_id
             where a.id = ?
            """;

    private final DataSource dataSource;
    private final ApplicationViews views;

    public ApplicationReads(DataSource dataSource, ApplicationViews views) {
        this.dataSource = dataSource;
        this.views = views;
    }

    public Optional<Readable> byId(UUID id) {
        return views.byId(id, this::fromDatabase);
    }

    private Optional<Readable> fromDatabase(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Readable(view(rs), Rows.texts(rs, "funders"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading application " + id + " failed", e);
        }
    }

    private static ApplicationView view(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Rows.tuples(rs, "amounts", r -> amounts.put(r[0], decimal(r, 1)));
        Map<String, String> answers = new TreeMap<>();
        Rows.tuples(rs, "answers", q -> answers.put(q[0], q[1]));
        return new ApplicationView(Rows.uuid(rs, "id"), Rows.uuid(rs, "call_id"), rs.getString("call_title"),
                Rows.instant(rs, "call_closes_at"), rs.getString("owner_id"), rs.getString("title"), rs.getString("summary"),
                rs.getString("sector"), List.copyOf(Rows.texts(rs, "mentoring_needs")), List.copyOf(Rows.texts(rs, "languages")),
                ApplicationStatus.valueOf(rs.getString("status")),
                Rows.tuples(rs, "partners", p -> new ApplicationView.PartnerView(p[0], p[1], p[2])),
                amounts, answers, Rows.texts(rs, "collaborators").stream().sorted().toList(),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "submitted_at"), rs.getLong("version"));
    }
}
