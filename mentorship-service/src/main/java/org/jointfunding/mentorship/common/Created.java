package org.jointfunding.mentorship.common;

import java.util.UUID;

/** A freshly created (or, on an Idempotency-Key replay, previously created) resource and its view. */
public record Created<T>(UUID id, T view) {
}
