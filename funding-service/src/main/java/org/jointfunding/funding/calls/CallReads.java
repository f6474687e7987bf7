package org.jointfunding.funding.calls;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.funding.common.Rows;
import org.jointfunding.kit.Page;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jointfunding.funding.common.Rows.bool;
import static org.jointfunding.funding.common.Rows.decimal;
import static org.jointfunding.funding.common.Rows.integer;

/**
 * The public read paths of calls (one call, a page of calls) as one SQL statement each, outside any
 * transaction: the call's row with its sectors, countries, criteria and funders aggregated into
 * columns. Through Hibernate the same reads took six or seven statements and a transaction
 * (docs/PERFORMANCE.md, Read paths). The view is the same {@link CallView} that
 * {@link CallView#of(JointCall)} builds from the entity, in the same orders. Both reads answer from
 * {@link CallViews} when it has the answer.
 */
@ApplicationScoped
public class CallReads {

    /** The view's columns of a call c; the subqueries run once per returned row. */
    private static final String VIEW_COLUMNS = """
            c.id, c.title, c.description, c.status, c.opens_at, c.closes_at, c.min_partners, c.max_partners,
            c.blind_review, c.lead_agency, c.version,
            array(select s.sector from call_sector s where s.call_id = c.id) as sectors,
            array(select r.country from call_required_country r where r.call_id = c.id) as countries,
            array(select array[k.name, k.weight::text, k.max_score::text, k.threshold::text]
                    from call_criterion k where k.call_id = c.id order by k.position) as criteria,
            array(select array[f.agency_code, a.country, a.currency, f.budget::text, f.max_request::text, f.committed::text,
                               (f.confirmed_at is not null)::text, (f.agreed_to_decide_at is not null)::text]
                    from call_funder f left join agency a on a.code = f.agency_code where f.call_id = c.id
                   order by f.agency_code) as funders
            """;

    private static final String BY_ID = "select " + VIEW_COLUMNS + " from joint_call c where c.id = ?";

    private final DataSource dataSource;
    private final CallViews views;

    public CallReads(DataSource dataSource, CallViews views) {
        this.dataSource = dataSource;
        this.views = views;
    }

    public Optional<CallView> byId(UUID id) {
        return views.byId(id, this::fromDatabase);
    }

    private Optional<CallView> fromDatabase(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading call " + id + " failed", e);
        }
    }

    /**
     * A page of the calls matching {@code where} (SQL over the alias c, with its parameters), sorted by
     * closing instant then id; the total comes from the same statement (a window count), or from a
     * count of its own when the page is past the end.
     */
    public Page<CallView> page(List<String> where, List<Object> parameters, int limit, int offset) {
        return views.page(new CallViews.PageQuery(where, parameters, limit, offset), () -> fromDatabase(where, parameters, limit, offset));
    }

    private Page<CallView> fromDatabase(List<String> where, List<Object> parameters, int limit, int offset) {
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String sql = "with page as (select c.*, count(*) over () as total from joint_call c" + condition
                + " order by c.closes_at, c.id limit ? offset ?) select " + VIEW_COLUMNS + ", c.total from page c order by c.closes_at, c.id";
        try (Connection connection = dataSource.getConnection()) {
            List<CallView> items = new ArrayList<>();
            long total = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = bind(statement, parameters);
                statement.setInt(i++, limit);
                statement.setInt(i, offset);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs));
                        total = rs.getLong("total");
                    }
                }
            }
            if (items.isEmpty() && offset > 0) {
                try (PreparedStatement count = connection.prepareStatement("select count(*) from joint_call c" + condition)) {
                    bind(count, parameters);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return new Page<>(items, total, limit, offset);
        } catch (SQLException e) {
            throw new IllegalStateException("Listing calls failed", e);
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            statement.setObject(i++, parameter);
        }
        return i;
    }

    private static CallView view(ResultSet rs) throws SQLException {
        return new CallView(Rows.uuid(rs, "id"), rs.getString("title"), rs.getString("description"),
                CallStatus.valueOf(rs.getString("status")),
                Rows.texts(rs, "sectors").stream().sorted().toList(),
                Rows.instant(rs, "opens_at"), Rows.instant(rs, "closes_at"),
                Rows.tuples(rs, "funders", f -> new CallView.FunderView(f[0], f[1], f[2],
                        decimal(f, 3), decimal(f, 4), decimal(f, 5), bool(f, 6), bool(f, 7))),
                new CallView.EligibilityView(Rows.texts(rs, "countries").stream().sorted().toList(),
                        rs.getInt("min_partners"), rs.getInt("max_partners")),
                Rows.tuples(rs, "criteria", k -> new CallView.CriterionView(k[0], decimal(k, 1), integer(k, 2), integer(k, 3))),
                rs.getBoolean("blind_review"), rs.getString("lead_agency"), rs.getLong("version"));
    }
}
