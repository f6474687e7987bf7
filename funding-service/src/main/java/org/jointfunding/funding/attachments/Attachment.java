package org.jointfunding.funding.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A document attached to an application; its bytes live in attachment_chunk. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "file_name")
    public String fileName;

    /** Detected from the bytes, never taken from the name or the request's Content-Type. */
    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
