package org.jointfunding.kit;

import java.net.URI;

/**
 * What a create produced: where the new object lives, its representation and, for an object edited
 * later with If-Match, its ETag (a 201 with Location, and ETag when given). {@code replay} is what a
 * retry with the same Idempotency-Key gets as its body: the body itself, unless it holds something
 * shown only once (a secret), which is then neither stored nor shown again.
 */
public record Created<T>(URI location, T body, String etag, Object replay) {

    public Created(URI location, T body) {
        this(location, body, null, body);
    }

    public Created(URI location, T body, String etag) {
        this(location, body, etag, body);
    }

    /** The same creation, answered to a replayed request with {@code replay} instead of the body. */
    public Created<T> replayedAs(Object replay) {
        return new Created<>(location, body, etag, replay);
    }
}
