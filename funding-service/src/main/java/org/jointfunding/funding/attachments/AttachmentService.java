package org.jointfunding.funding.attachments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.tika.Tika;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.funding.reviews.Review;
import org.jointfunding.funding.reviews.ReviewStatus;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Problem;
import org.jointfunding.kit.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Attachments are written and read in 256 KiB chunks, so neither an upload nor a download holds
 * a whole document in memory; the type is detected from the first bytes (Apache Tika's magic numbers).
 */
@ApplicationScoped
public class AttachmentService {

    static final int CHUNK = 256 * 1024;

    private final Caller caller;
    private final ApplicationAccess access;
    private final AuditTrail audit;
    private final AttachmentConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Tika tika = new Tika();

    public AttachmentService(Caller caller, ApplicationAccess access, AuditTrail audit, AttachmentConfig config,
                             EntityManager entityManager, Clock clock) {
        this.caller = caller;
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The body, read before any transaction: a short one first checks that the caller may attach to
     * this draft at all, so that a stranger's upload is refused before it is read.
     */
    public ReceivedFile receive(UUID applicationId, Long declaredLength, InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> access.editable(applicationId).checkEditable());
        long maxSize = config.maxSize().asLongValue();
        if (declaredLength != null && declaredLength > maxSize) {
            throw ReceivedFile.tooLarge(maxSize);
        }
        return ReceivedFile.receive(body, maxSize, config.maxUploadTime(), clock);
    }

    /** Stores a received document, within the application's quota (checked under its lock, so uploads at once cannot pass it). */
    @Transactional
    public AttachmentView upload(UUID applicationId, String fileName, ReceivedFile file) {
        Application application = access.editable(applicationId);
        entityManager.lock(application, LockModeType.PESSIMISTIC_WRITE);
        application.checkEditable();
        checkQuota(application, file.size());
        String type;
        try (InputStream in = file.open()) {
            type = tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!config.allowedTypes().contains(type)) {
                throw new ApiProblem(new Problem("unsupported-media-type", "Unsupported media type", 415,
                        "The content is " + type + "; accepted: " + String.join(", ", config.allowedTypes().stream().sorted().toList()), null));
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.applicationId = application.id;
        attachment.fileName = fileName;
        attachment.contentType = type;
        attachment.sizeBytes = file.size();
        attachment.uploadedBy = caller.id();
        attachment.uploadedAt = clock.instant();
        attachment.persist();
        entityManager.flush();
        storeChunks(attachment.id, file);
        audited(FundingAction.ATTACH, application, attachment);
        return AttachmentView.of(attachment);
    }

    private void checkQuota(Application application, long size) {
        Object[] used = (Object[]) entityManager.createQuery(
                        "select count(a), coalesce(sum(a.sizeBytes), 0) from Attachment a where a.applicationId = ?1")
                .setParameter(1, application.id).getSingleResult();
        long count = ((Number) used[0]).longValue();
        long bytes = ((Number) used[1]).longValue();
        long maxBytes = config.maxTotalSize().asLongValue();
        if (count >= config.maxPerApplication() || bytes + size > maxBytes) {
            throw ApiProblem.conflict("attachment-quota", count >= config.maxPerApplication()
                            ? "This application already has " + count + " documents, the most it may carry; remove one first"
                            : "With this document the application's documents would take " + (bytes + size) + " bytes, more than "
                                    + maxBytes + "; remove one first")
                    .with("maxAttachments", config.maxPerApplication()).with("maxTotalBytes", maxBytes)
                    .with("attachments", count).with("totalBytes", bytes);
        }
    }

    @Transactional
    public List<AttachmentView> list(UUID applicationId) {
        Application application = readableApplication(applicationId);
        return Attachment.<Attachment>list("applicationId = ?1 order by uploadedAt, id", application.id).stream()
                .map(a -> view(a, application)).toList();
    }

    @Transactional
    public AttachmentView get(UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null) {
            throw ApiProblem.notFound("attachment", attachmentId);
        }
        Application application;
        try {
            application = readableApplication(attachment.applicationId);
        } catch (ApiProblem hidden) {
            throw ApiProblem.notFound("attachment", attachmentId);
        }
        return view(attachment, application);
    }

    /** Owner or collaborator, while the application is a DRAFT; the chunks go with it (cascade). */
    @Transactional
    public void delete(UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null) {
            throw ApiProblem.notFound("attachment", attachmentId);
        }
        Application application;
        try {
            application = access.editable(attachment.applicationId);
        } catch (ApiProblem problem) {
            throw problem.problem().status == 404 ? ApiProblem.notFound("attachment", attachmentId) : problem;
        }
        application.checkEditable();
        attachment.delete();
        audited(FundingAction.DETACH, application, attachment);
    }

    /** The content, one chunk per short transaction, written as it is read. */
    public StreamingOutput content(UUID attachmentId) {
        return output -> {
            for (int seq = 0; ; seq++) {
                int index = seq;
                byte[] chunk = QuarkusTransaction.requiringNew().call(() -> chunk(attachmentId, index));
                if (chunk == null) {
                    break;
                }
                output.write(chunk);
            }
        };
    }

    /** A reviewer of a blind call does not learn who uploaded a document (the uploader's account names the applicant). */
    private AttachmentView view(Attachment attachment, Application application) {
        boolean blind = application.call.blindReview && !application.isMember(caller.id()) && !caller.isAdmin()
                && !access.isFunderStaff(application);
        return AttachmentView.of(attachment, blind);
    }

    /** Whoever may read the application, plus its reviewers (not those who declared a conflict). */
    private Application readableApplication(UUID applicationId) {
        Application application = Application.findById(applicationId);
        if (application != null && caller.is(Roles.REVIEWER) && Review.count(
                "application = ?1 and reviewerId = ?2 and reviewerAgency = ?3 and status <> ?4",
                application, caller.id(), caller.agency().orElse(""), ReviewStatus.CONFLICT_DECLARED) > 0) {
            return application;
        }
        return access.readable(applicationId);
    }

    private void storeChunks(UUID attachmentId, ReceivedFile file) {
        try (InputStream in = file.open()) {
            for (int seq = 0; ; seq++) {
                byte[] chunk = in.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    return;
                }
                entityManager.createNativeQuery("insert into attachment_chunk (attachment_id, seq, data) values (?1, ?2, ?3)")
                        .setParameter(1, attachmentId).setParameter(2, seq).setParameter(3, chunk).executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] chunk(UUID attachmentId, int seq) {
        List<?> rows = entityManager.createNativeQuery("select data from attachment_chunk where attachment_id = ?1 and seq = ?2")
                .setParameter(1, attachmentId).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    /** A file added or removed, in the application's trail: its name, type and size. */
    private void audited(FundingAction action, Application application, Attachment attachment) {
        audit.event(action).actor(caller.id())
                .target("APPLICATION", application.id).within(application.call.id)
                .transition(application.status, application.status)
                .detail(attachment.fileName + " (" + attachment.contentType + ", " + attachment.sizeBytes + " bytes)")
                .says("file", "name", attachment.fileName, "type", attachment.contentType, "bytes", attachment.sizeBytes).write();
    }
}
