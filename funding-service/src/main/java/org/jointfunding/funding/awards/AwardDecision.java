package org.jointfunding.funding.awards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One co-funding agency's decision on its own share of an application. */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends PanacheEntityBase {

    public enum Decision { APPROVED, REFUSED }

    @Embeddable
    public record Id(@Column(name = "application_id") UUID applicationId,
                     @Column(name = "agency_code") String agencyCode) implements Serializable {
    }

    @EmbeddedId
    public Id id;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    /** The share, in the agency's currency, committed against its budget when approved. */
    public BigDecimal amount;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String reason;
}
