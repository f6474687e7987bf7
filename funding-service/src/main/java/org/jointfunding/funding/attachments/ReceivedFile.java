package org.jointfunding.funding.attachments;

import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An upload's body, read whole into a temporary file before any database connection is taken, so
 * that a slow client holds a worker thread for at most {@code portal.attachments.max-upload-time}
 * and never a pooled connection. Deleted when closed.
 */
final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final String sha256;

    private ReceivedFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Reads the body, refusing it as soon as it is too large or too slow. */
    static ReceivedFile receive(InputStream body, long maxSize, Duration maxTime, Clock clock) {
        Instant deadline = clock.instant().plus(maxTime);
        Path path = null;
        boolean received = false;
        try {
            path = Files.createTempFile("attachment-", ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                for (int n; (n = read(body, buffer)) >= 0; ) {
                    size += n;
                    if (size > maxSize) {
                        throw tooLarge(maxSize);
                    }
                    if (clock.instant().isAfter(deadline)) {
                        throw new ApiProblem(new Problem("upload-too-slow", "Request Timeout", 408,
                                "The document did not arrive within " + maxTime.toSeconds() + " seconds; try again on a better connection", null))
                                .with("maxSeconds", maxTime.toSeconds());
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw ApiProblem.invalidField("body", "the document is empty");
            }
            received = true;
            return new ReceivedFile(path, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!received) {
                delete(path);
            }
        }
    }

    /** A body that breaks off (the client went away, or went silent past the HTTP read timeout) is the client's failure. */
    private static int read(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw ApiProblem.badRequest("upload-interrupted", "The document's upload broke off before its end; send it again");
        }
    }

    static ApiProblem tooLarge(long maxSize) {
        return new ApiProblem(new Problem("payload-too-large", "Payload too large", 413,
                "Attachments may be at most " + maxSize + " bytes", null)).with("maxBytes", maxSize);
    }

    InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), AttachmentService.CHUNK);
    }

    long size() {
        return size;
    }

    /** Identifies the content, so that an Idempotency-Key reused for another document is refused. */
    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the temporary directory's own cleanup takes it
            }
        }
    }
}
