package org.jointfunding.funding.applications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.jointfunding.funding.applications.ApplicationStatus.AWARDED;
import static org.jointfunding.funding.applications.ApplicationStatus.DRAFT;
import static org.jointfunding.funding.applications.ApplicationStatus.REJECTED;
import static org.jointfunding.funding.applications.ApplicationStatus.SUBMITTED;
import static org.jointfunding.funding.applications.ApplicationStatus.UNDER_REVIEW;
import static org.jointfunding.funding.applications.ApplicationStatus.WITHDRAWN;

/** A startup's proposal to a joint call, with its consortium and the money it asks of each agency. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    public JointCall call;

    @Column(name = "owner_id")
    public String ownerId;

    public String title;

    public String summary;

    /** One of the call's sectors; an awarded startup's mentoring request starts from it. */
    public String sector;

    /** What the team wants from a mentor (tags such as payments, fundraising), for its mentoring request. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentoring_needs", columnDefinition = "text[]")
    public List<String> mentoringNeeds = new ArrayList<>();

    /** The languages the team works in (ISO 639 codes), for matching it with a mentor. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<Partner> partners = new ArrayList<>();

    /** Amount asked of each agency (by code), in that agency's currency. */
    @ElementCollection
    @CollectionTable(name = "application_request", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "agency_code")
    @Column(name = "amount")
    public Map<String, BigDecimal> requestedAmounts = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "question")
    @Column(name = "answer")
    public Map<String, String> answers = new TreeMap<>();

    /** Other STARTUP accounts invited by the owner to edit the draft. */
    @ElementCollection
    @CollectionTable(name = "application_collaborator", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "startup_id")
    public Set<String> collaborators = new HashSet<>();

    public boolean isOwnedBy(String startup) {
        return ownerId.equals(startup);
    }

    /** Owner or invited collaborator: may read and edit the draft. */
    public boolean isMember(String startup) {
        return startup != null && (isOwnedBy(startup) || collaborators.contains(startup));
    }

    /** The partner whose role is "lead", else the first listed; null without partners. */
    public Partner lead() {
        return partners.stream().filter(p -> "lead".equalsIgnoreCase(p.role)).findFirst()
                .orElse(partners.isEmpty() ? null : partners.get(0));
    }

    /** Distinct partner countries, in the order partners are listed. */
    public List<String> consortiumCountries() {
        Set<String> countries = new LinkedHashSet<>();
        partners.forEach(p -> countries.add(p.country));
        return List.copyOf(countries);
    }

    public void checkEditable() {
        if (status != DRAFT) {
            throw ApiProblem.illegalTransition("application", status, "edit");
        }
    }

    /** Submits when every eligibility rule holds; otherwise lists each failing rule. */
    public void submit(Instant now) {
        if (status != DRAFT) {
            throw ApiProblem.illegalTransition("application", status, "submit");
        }
        List<Problem.FieldError> failures = Eligibility.check(call, this, now);
        if (!failures.isEmpty()) {
            throw ApiProblem.unprocessable("ineligible", "The application does not meet the call's rules: "
                    + failures.size() + " rule(s) fail", failures);
        }
        status = SUBMITTED;
        submittedAt = now;
    }

    public void withdraw() {
        if (status.isDecided()) {
            throw ApiProblem.illegalTransition("application", status, "withdraw");
        }
        status = WITHDRAWN;
    }

    public void startReview() {
        require(SUBMITTED, "start reviewing");
        status = UNDER_REVIEW;
    }

    public void award() {
        require(UNDER_REVIEW, "award");
        status = AWARDED;
    }

    public void reject() {
        require(UNDER_REVIEW, "reject");
        status = REJECTED;
    }

    private void require(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw ApiProblem.illegalTransition("application", status, action);
        }
    }
}
