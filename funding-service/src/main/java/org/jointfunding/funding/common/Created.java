package org.jointfunding.funding.common;

import java.net.URI;

/** What a create produced: where the new object lives and its representation. */
public record Created<T>(URI location, T body) {
}
