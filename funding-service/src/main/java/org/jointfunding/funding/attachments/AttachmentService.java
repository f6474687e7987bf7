package org.jointfunding.funding.attachments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.tika.Tika;
import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.ApplicationAccess;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.common.Caller;
import org.jointfunding.funding.common.Created;
import org.jointfunding.funding.common.Roles;
import org.jointfunding.funding.reviews.Review;
import org.jointfunding.funding.reviews.ReviewStatus;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
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

    @Transactional
    public Created<AttachmentView> upload(UUID applicationId, String fileName, Long declaredLength, InputStream body) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw ApiProblem.invalidField("fileName", "give the document's name (1-255 characters)");
        }
        if (declaredLength != null && declaredLength > config.maxSize().asLongValue()) {
            throw tooLarge();
        }
        Application application = access.editable(applicationId);
        application.checkEditable();
        try (InputStream in = new BufferedInputStream(body, CHUNK)) {
            in.mark(1);
            if (in.read() < 0) {
                throw ApiProblem.invalidField("body", "the document is empty");
            }
            in.reset();
            String type = tika.detect(in);
            if (!config.allowedTypes().contains(type)) {
                throw new ApiProblem(new Problem("unsupported-media-type", "Unsupported media type", 415,
                        "The content is " + type + "; accepted: " + String.join(", ", config.allowedTypes().stream().sorted().toList()), null));
            }
            Attachment attachment = new Attachment();
            attachment.id = UUID.randomUUID();
            attachment.applicationId = application.id;
            attachment.fileName = fileName.strip();
            attachment.contentType = type;
            attachment.uploadedBy = caller.id();
            attachment.uploadedAt = clock.instant();
            attachment.persist();
            entityManager.flush();
            attachment.sizeBytes = storeChunks(attachment.id, in);
            audit.record(caller.id(), "APPLICATION", application.id, application.call.id, "attach",
                    application.status, application.status, attachment.fileName + " (" + type + ", " + attachment.sizeBytes + " bytes)");
            return new Created<>(URI.create("/api/funding/attachments/" + attachment.id), AttachmentView.of(attachment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public List<AttachmentView> list(UUID applicationId) {
        Application application = readableApplication(applicationId);
        return Attachment.<Attachment>list("applicationId = ?1 order by uploadedAt, id", application.id).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public AttachmentView get(UUID attachmentId) {
        Attachment attachment = Attachment.findById(attachmentId);
        if (attachment == null) {
            throw ApiProblem.notFound("attachment", attachmentId);
        }
        try {
            readableApplication(attachment.applicationId);
        } catch (ApiProblem hidden) {
            throw ApiProblem.notFound("attachment", attachmentId);
        }
        return AttachmentView.of(attachment);
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
        audit.record(caller.id(), "APPLICATION", application.id, application.call.id, "detach",
                application.status, application.status, attachment.fileName + " (" + attachment.contentType + ", " + attachment.sizeBytes + " bytes)");
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

    private long storeChunks(UUID attachmentId, InputStream in) throws IOException {
        long size = 0;
        long max = config.maxSize().asLongValue();
        for (int seq = 0; ; seq++) {
            byte[] chunk = in.readNBytes(CHUNK);
            if (chunk.length == 0) {
                return size;
            }
            size += chunk.length;
            if (size > max) {
                throw tooLarge();
            }
            entityManager.createNativeQuery("insert into attachment_chunk (attachment_id, seq, data) values (?1, ?2, ?3)")
                    .setParameter(1, attachmentId).setParameter(2, seq).setParameter(3, chunk).executeUpdate();
        }
    }

    private byte[] chunk(UUID attachmentId, int seq) {
        List<?> rows = entityManager.createNativeQuery("select data from attachment_chunk where attachment_id = ?1 and seq = ?2")
                .setParameter(1, attachmentId).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(new Problem("payload-too-large", "Payload too large", 413,
                "Attachments may be at most " + config.maxSize().asLongValue() + " bytes", null));
    }
}
