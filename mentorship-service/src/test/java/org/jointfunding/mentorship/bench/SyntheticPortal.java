package org.jointfunding.mentorship.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic generated mentors and requests: Zipf-popular tags and sectors (many mentors share the
 * popular ones, so scores have many near-ties), English spoken by most, a handful of countries that
 * dominate, capacities 1-5. Same seed, same data.
 */
final class SyntheticPortal {

    record Mentor(List<String> tags, List<String> sectors, List<String> languages, List<String> countries,
                  String timeZone, int capacity) {
    }

    record Request(List<String> needs, String sector, List<String> languages, String country, String timeZone) {
    }

    private static final String[][] COUNTRIES = {
            {"MY", "Asia/Kuala_Lumpur"}, {"IR", "Asia/Tehran"}, {"SG", "Asia/Singapore"}, {"ID", "Asia/Jakarta"},
            {"TH", "Asia/Bangkok"}, {"IN", "Asia/Kolkata"}, {"AE", "Asia/Dubai"}, {"TR", "Europe/Istanbul"},
            {"DE", "Europe/Berlin"}, {"GB", "Europe/London"}, {"FR", "Europe/Paris"}, {"NL", "Europe/Amsterdam"},
            {"US", "America/New_York"}, {"CA", "America/Toronto"}, {"BR", "America/Sao_Paulo"}, {"JP", "Asia/Tokyo"},
            {"KR", "Asia/Seoul"}, {"AU", "Australia/Sydney"}, {"PK", "Asia/Karachi"}, {"EG", "Africa/Cairo"},
            {"NG", "Africa/Lagos"}, {"KE", "Africa/Nairobi"}, {"VN", "Asia/Ho_Chi_Minh"}, {"PH", "Asia/Manila"}};
    private static final String[] LANGUAGES = {"en", "ms", "fa", "id", "th", "hi", "ar", "tr", "de", "fr", "ja", "zh"};

    private final Random random;
    private final Zipf tags = new Zipf(150, 1.0);
    private final Zipf sectors = new Zipf(30, 0.9);
    private final Zipf countries = new Zipf(COUNTRIES.length, 1.1);
    private final Zipf languages = new Zipf(LANGUAGES.length, 1.3);

    SyntheticPortal(long seed) {
        random = new Random(seed);
    }

    List<Mentor> mentors(int count) {
        List<Mentor> mentors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int home = countries.next(random);
            List<String> spoken = new ArrayList<>(labels("", languages, 1 + random.nextInt(2), LANGUAGES));
            if (random.nextDouble() < 0.7 && !spoken.contains("en")) {
                spoken.add("en");
            }
            List<String> where = new ArrayList<>(List.of(COUNTRIES[home][0]));
            if (random.nextBoolean()) {
                where.add(COUNTRIES[countries.next(random)][0]);
            }
            mentors.add(new Mentor(labels("tag-", tags, 3 + random.nextInt(8), null), labels("sector-", sectors, 1 + random.nextInt(3), null),
                    spoken, where.stream().distinct().toList(), COUNTRIES[home][1], 1 + random.nextInt(5)));
        }
        return mentors;
    }

    List<Request> requests(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int home = countries.next(random);
            requests.add(new Request(labels("tag-", tags, 2 + random.nextInt(4), null), "sector-" + sectors.next(random),
                    labels("", languages, 1 + random.nextInt(2), LANGUAGES), COUNTRIES[home][0], COUNTRIES[home][1]));
        }
        return requests;
    }

    private List<String> labels(String prefix, Zipf zipf, int count, String[] names) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            int n = zipf.next(random);
            chosen.add(names == null ? prefix + n : names[n]);
        }
        return List.copyOf(chosen);
    }

    /** Rank r is drawn with probability proportional to 1 / (r + 1)^s. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int size, double s) {
            cumulative = new double[size];
            double sum = 0;
            for (int r = 0; r < size; r++) {
                sum += 1 / Math.pow(r + 1, s);
                cumulative[r] = sum;
            }
            for (int r = 0; r < size; r++) {
                cumulative[r] /= sum;
            }
        }

        int next(Random random) {
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }
    }
}
