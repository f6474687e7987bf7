package org.jointfunding.funding.calls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.jointfunding.funding.calls.CallStatus.CANCELLED;
import static org.jointfunding.funding.calls.CallStatus.CLOSED;
import static org.jointfunding.funding.calls.CallStatus.DECIDED;
import static org.jointfunding.funding.calls.CallStatus.DRAFT;
import static org.jointfunding.funding.calls.CallStatus.OPEN;
import static org.jointfunding.funding.calls.CallStatus.UNDER_EVALUATION;

/**
 * A joint call that several agencies co-fund. It owns its lifecycle; each move is one method here.
 * The lead agency runs the lifecycle; each funder confirms its own share before the call opens and
 * agrees before the call is decided.
 */
@Entity
@Table(name = "joint_call")
public class JointCall extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public CallStatus status;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "min_partners")
    public int minPartners;

    @Column(name = "max_partners")
    public int maxPartners;

    @Column(name = "blind_review")
    public boolean blindReview;

    /** The agency that runs the call (edits it, opens, extends, closes, cancels it); null for none yet. */
    @Column(name = "lead_agency")
    public String leadAgency;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** The closing instant its drafts were reminded of (72 hours ahead); null before any reminder. */
    @Column(name = "drafts_reminded_for")
    public Instant draftsRemindedFor;

    @ElementCollection
    @CollectionTable(name = "call_sector", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "sector")
    public Set<String> sectors = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "call_required_country", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "country")
    public Set<String> requiredCountries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("agencyCode")
    public List<Funder> funders = new ArrayList<>();

    public Optional<Funder> funder(String agencyCode) {
        return funders.stream().filter(f -> f.agencyCode.equals(agencyCode)).findFirst();
    }

    public boolean fundedBy(String agencyCode) {
        return funder(agencyCode).isPresent();
    }

    /** Open for submissions: OPEN and its closing instant not yet reached. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == OPEN && now.isBefore(closesAt);
    }

    public void checkEditable() {
        require(DRAFT, "edit");
    }

    public boolean ledBy(String agencyCode) {
        return agencyCode != null && agencyCode.equals(leadAgency);
    }

    /** A call opens only with funders that have all confirmed their shares, criteria and a closing instant still ahead. */
    public void open(Instant now) {
        require(DRAFT, "open");
        List<Problem.FieldError> missing = new ArrayList<>();
        if (funders.isEmpty()) {
            missing.add(new Problem.FieldError("funders", "a call needs at least one funding agency to open"));
        }
        for (int i = 0; i < funders.size(); i++) {
            if (!funders.get(i).confirmed()) {
                missing.add(new Problem.FieldError("funders[" + i + "]",
                        funders.get(i).agencyCode + " has not confirmed its share yet"));
            }
        }
        if (criteria.isEmpty()) {
            missing.add(new Problem.FieldError("criteria", "a call needs at least one evaluation criterion to open"));
        }
        if (!closesAt.isAfter(now)) {
            missing.add(new Problem.FieldError("closesAt", "the closing instant " + closesAt + " has already passed"));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.unprocessable("call-not-ready", "The call cannot open yet", missing);
        }
        status = OPEN;
    }

    /**
     * Moves the closing instant of an OPEN call later (a deadline extension). Never earlier: a
     * startup planning for the announced deadline must not lose time.
     */
    public void extendTo(Instant newClosesAt, Instant now) {
        require(OPEN, "extend");
        if (!acceptsSubmissionsAt(now)) {
            throw ApiProblem.conflict("call-closing",
                    "The closing instant " + closesAt + " has passed; the call is closing and cannot be extended");
        }
        if (!newClosesAt.isAfter(closesAt)) {
            throw ApiProblem.unprocessable("not-an-extension", "A call's closing instant can only move later",
                    List.of(new Problem.FieldError("closesAt", "must be after the current closing instant " + closesAt)));
        }
        closesAt = newClosesAt;
    }

    public void close() {
        require(OPEN, "close");
        status = CLOSED;
    }

    public void startEvaluation() {
        require(CLOSED, "start the evaluation of");
        status = UNDER_EVALUATION;
    }

    /**
     * One funder agrees that the call is decided; returns true when that was the last agreement
     * missing and the call is now DECIDED (what is still under review is then rejected, so no agency
     * decides that for another).
     */
    public boolean agreeToDecide(String agencyCode, Instant now) {
        require(UNDER_EVALUATION, "decide");
        Funder funder = funder(agencyCode).orElseThrow();
        if (funder.agreedToDecideAt != null) {
            throw ApiProblem.conflict("already-agreed", agencyCode + " has already agreed to decide this call; waiting for "
                    + String.join(", ", awaitingDecision()));
        }
        funder.agreedToDecideAt = now;
        if (awaitingDecision().isEmpty()) {
            status = DECIDED;
            return true;
        }
        return false;
    }

    /** An ADMIN decides for every funder at once. */
    public void decideForEveryFunder(Instant now) {
        require(UNDER_EVALUATION, "decide");
        funders.stream().filter(f -> f.agreedToDecideAt == null).forEach(f -> f.agreedToDecideAt = now);
        status = DECIDED;
    }

    /** The funders that have not agreed to decide yet. */
    public List<String> awaitingDecision() {
        return funders.stream().filter(f -> f.agreedToDecideAt == null).map(f -> f.agencyCode).toList();
    }

    public void cancel() {
        if (status == DECIDED || status == CANCELLED) {
            throw ApiProblem.illegalTransition("call", status, "cancel");
        }
        status = CANCELLED;
    }

    private void require(CallStatus expected, String action) {
        if (status != expected) {
            throw ApiProblem.illegalTransition("call", status, action);
        }
    }
}
