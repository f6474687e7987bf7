package org.jointfunding.mentorship.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.mentorship.audit.AuditTrail;
import org.jointfunding.mentorship.audit.MentorshipAction;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A startup's ask for a mentor. Owns its state machine; every transition is audited. */
@Entity
@Table(name = "mentoring_request")
public class MentoringRequest extends PanacheEntityBase {

    public static final String AGGREGATE = "MentoringRequest";

    @Id
    public UUID id;
    @Column(name = "startup_id")
    public String startupId;
    @Column(name = "program_id")
    public UUID programId;
    @Enumerated(EnumType.STRING)
    public RequestSource source;
    @Column(name = "application_id")
    public UUID applicationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> needs;
    public String sector;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> languages;
    public String country;
    @Column(name = "time_zone")
    public String timeZone;
    public String description;
    @Column(name = "startup_name")
    public String startupName;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public void proposed(AuditTrail audit, String actor, String reason) {
        move(audit, actor, Set.of(RequestStatus.OPEN, RequestStatus.PROPOSED), RequestStatus.PROPOSED, MentorshipAction.PROPOSE_MENTOR, reason);
    }

    public void reopened(AuditTrail audit, String actor, String reason) {
        move(audit, actor, Set.of(RequestStatus.PROPOSED), RequestStatus.OPEN, MentorshipAction.REOPEN, reason);
    }

    public void matched(AuditTrail audit, String actor) {
        move(audit, actor, Set.of(RequestStatus.PROPOSED), RequestStatus.MATCHED, MentorshipAction.MATCH, "mentor accepted");
    }

    public void closed(AuditTrail audit, String actor, String reason) {
        move(audit, actor, Set.of(RequestStatus.MATCHED), RequestStatus.CLOSED, MentorshipAction.CLOSE, reason);
    }

    public void cancel(AuditTrail audit, String actor, String reason) {
        move(audit, actor, Set.of(RequestStatus.OPEN), RequestStatus.CANCELLED, MentorshipAction.CANCEL, reason);
    }

    /** What the startup asks for, changed before a mentor accepts; the edit is audited in its current state. */
    public void edit(AuditTrail audit, String actor, List<String> needs, String sector, List<String> languages,
                     String country, String timeZone, String description) {
        if (!Set.of(RequestStatus.OPEN, RequestStatus.PROPOSED).contains(status)) {
            throw ApiProblem.illegalTransition("mentoring request", status, "edit");
        }
        this.needs = needs;
        this.sector = sector;
        this.languages = languages;
        this.country = country;
        this.timeZone = timeZone;
        this.description = description;
        audit.event(MentorshipAction.EDIT).actor(actor).target(AGGREGATE, id).transition(status, status)
                .detail("edited by the startup").write();
    }

    private void move(AuditTrail audit, String actor, Set<RequestStatus> from, RequestStatus to, MentorshipAction action,
                      String reason) {
        if (!from.contains(status)) {
            throw ApiProblem.illegalTransition("mentoring request", status, action.code());
        }
        if (status != to) {
            audit.event(action).actor(actor).target(AGGREGATE, id).transition(status, to).detail(reason).write();
        }
        status = to;
    }
}
