package org.jointfunding.kit;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the suite's list shape: {@code {"items":[...],"total":N,"limit":L,"offset":O}}. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
