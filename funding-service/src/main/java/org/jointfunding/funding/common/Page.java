package org.jointfunding.funding.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, how many match in total, and the window asked for. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
