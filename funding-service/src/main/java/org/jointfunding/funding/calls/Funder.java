package org.jointfunding.funding.calls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jointfunding.funding.agencies.Agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency's share in a call: its budget (in its own currency), its cap per application, what it
 * has committed; whether the agency itself has confirmed the share, and agreed to decide the call.
 */
@Entity
@Table(name = "call_funder")
public class Funder extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    public JointCall call;

    @Column(name = "agency_code")
    public String agencyCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_code", insertable = false, updatable = false)
    public Agency agency;

    public BigDecimal budget;

    @Column(name = "max_request")
    public BigDecimal maxRequest;

    /** Moved only by the awards' conditional UPDATE, never written from this entity. */
    @Column(insertable = false, updatable = false)
    public BigDecimal committed = BigDecimal.ZERO;

    /** When the agency's own administrator last set the share; null while only proposed by the lead. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "agreed_to_decide_at")
    public Instant agreedToDecideAt;

    protected Funder() {
    }

    public Funder(JointCall call, Agency agency, BigDecimal budget, BigDecimal maxRequest) {
        this.id = UUID.randomUUID();
        this.call = call;
        this.agencyCode = agency.code;
        this.agency = agency;
        this.budget = budget;
        this.maxRequest = maxRequest;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** The agency sets its share itself: that confirms it. */
    void confirm(BigDecimal newBudget, BigDecimal newMaxRequest, String by, Instant now) {
        budget = newBudget;
        maxRequest = newMaxRequest;
        confirmedAt = now;
        confirmedBy = by;
    }

    /** The terms the agency confirmed changed: it confirms again. */
    void unconfirm() {
        confirmedAt = null;
        confirmedBy = null;
    }

    boolean sameShare(BigDecimal otherBudget, BigDecimal otherMaxRequest) {
        return budget.compareTo(otherBudget) == 0
                && (maxRequest == null ? otherMaxRequest == null : otherMaxRequest != null && maxRequest.compareTo(otherMaxRequest) == 0);
    }
}
