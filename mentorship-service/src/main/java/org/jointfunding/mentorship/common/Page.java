package org.jointfunding.mentorship.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the suite's list shape. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
