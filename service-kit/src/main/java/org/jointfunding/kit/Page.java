package org.jointfunding.kit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list, the suite's list shape: {@code {"items":[...],"total":N,"limit":L,"offset":O}}. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    /** A short list bounded by nature (an object's audit trail, its attachments) as one page holding all of it. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, items.size(), Math.max(1, items.size()), 0);
    }

    /** The page of a list read with {@code offset} and {@code limit}; {@code count} is asked only if {@link #total} must. */
    public static <T> Page<T> of(List<T> items, int limit, int offset, LongSupplier count) {
        return new Page<>(items, total(items.size(), limit, offset, count), limit, offset);
    }

    /** The page of {@code query} at {@code offset}, at most {@code limit} long, counted only if {@link #total} must. */
    public static <T> Page<T> read(PanacheQuery<T> query, int limit, int offset) {
        return of(query.range(offset, offset + limit - 1).list(), limit, offset, query::count);
    }

    /**
     * How many there are in all, when {@code read} came back for {@code offset} and {@code limit}: a page
     * shorter than the limit ends the list, so the total is its offset plus its length, and {@code count}
     * (a second query) is asked only after a full page, or an empty one past the start.
     */
    public static long total(int read, int limit, int offset, LongSupplier count) {
        boolean endsTheList = read < limit && (read > 0 || offset == 0);
        return endsTheList ? offset + read : count.getAsLong();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
