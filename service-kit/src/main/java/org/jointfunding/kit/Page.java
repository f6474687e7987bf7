package org.jointfunding.kit;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the suite's list shape: {@code {"items":[...],"total":N,"limit":L,"offset":O}}. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    /** A short list bounded by nature (an object's audit trail, its attachments) as one page holding all of it. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, items.size(), Math.max(1, items.size()), 0);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
