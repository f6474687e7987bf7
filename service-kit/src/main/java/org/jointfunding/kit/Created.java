package org.jointfunding.kit;

import java.net.URI;

/**
 * What a create produced: where the new object lives, its representation and, for an object edited
 * later with If-Match, its ETag (a 201 with Location, and ETag when given).
 */
public record Created<T>(URI location, T body, String etag) {

    public Created(URI location, T body) {
        this(location, body, null);
    }
}
