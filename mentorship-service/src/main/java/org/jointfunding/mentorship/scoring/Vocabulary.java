package org.jointfunding.mentorship.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the values of one feature (tags, sectors, languages, countries) so that sets of them become
 * bit sets and a pair is scored with a few popcounts instead of string comparisons.
 */
public final class Vocabulary {

    public static final int ABSENT = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public synchronized int id(String value) {
        if (value == null) {
            return ABSENT;
        }
        return ids.computeIfAbsent(value, v -> {
            names.add(v);
            return names.size() - 1;
        });
    }

    public long[] bits(Collection<String> values) {
        List<Integer> numbers = values.stream().map(this::id).toList();
        long[] bits = new long[Math.max(1, (size() + 63) / 64)];
        for (int n : numbers) {
            if (n / 64 >= bits.length) {
                bits = java.util.Arrays.copyOf(bits, n / 64 + 1);
            }
            bits[n / 64] |= 1L << (n % 64);
        }
        return bits;
    }

    public String name(int id) {
        return id == ABSENT ? null : names.get(id);
    }

    public List<String> names(long[] bits) {
        List<String> result = new ArrayList<>();
        for (int word = 0; word < bits.length; word++) {
            long w = bits[word];
            while (w != 0) {
                result.add(names.get(word * 64 + Long.numberOfTrailingZeros(w)));
                w &= w - 1;
            }
        }
        return result;
    }

    public synchronized int size() {
        return names.size();
    }

    static int overlap(long[] a, long[] b) {
        int count = 0;
        for (int i = 0, n = Math.min(a.length, b.length); i < n; i++) {
            count += Long.bitCount(a[i] & b[i]);
        }
        return count;
    }

    static boolean contains(long[] bits, int id) {
        return id != ABSENT && id / 64 < bits.length && (bits[id / 64] & (1L << (id % 64))) != 0;
    }

    static long[] and(long[] a, long[] b) {
        long[] result = new long[Math.min(a.length, b.length)];
        for (int i = 0; i < result.length; i++) {
            result[i] = a[i] & b[i];
        }
        return result;
    }
}
