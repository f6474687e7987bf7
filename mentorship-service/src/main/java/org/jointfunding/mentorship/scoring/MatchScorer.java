package org.jointfunding.mentorship.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a (request, mentor) pair. {@link #score} is the hot path of a batch run (every pair is
 * scored) and returns hundredths of a point; {@link #explain} gives the same total split by
 * criterion for the pairs a user actually sees. Both sum the same per-criterion functions.
 */
public final class MatchScorer {

    /** Score units per point: scores are whole hundredths. */
    public static final int UNITS = 100;
    private static final int HALF_DAY_MINUTES = 12 * 60;

    private final ScoringWeights weights;

    public MatchScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** The best possible score, in units: the solver's cost scale. */
    public int maxUnits() {
        return weights.maxPoints() * UNITS;
    }

    public int score(RequestFeatures request, MentorFeatures mentor) {
        return tagUnits(request, mentor) + sectorUnits(request, mentor) + languageUnits(request, mentor)
                + locationUnits(request, mentor) + loadUnits(mentor);
    }

    public Score explain(RequestFeatures request, MentorFeatures mentor, FeatureSpace space) {
        List<ScoreItem> items = new ArrayList<>(5);
        List<String> shared = space.tags.names(Vocabulary.and(request.needs(), mentor.tags())).stream().sorted().toList();
        items.add(item("tags", tagUnits(request, mentor), weights.tags(), shared, request.needCount() == 0 ? "the request names no needs"
                : shared.size() + " of " + request.needCount() + " needs in the mentor's expertise"
                + (shared.isEmpty() ? "" : ": " + String.join(", ", shared))));
        String sector = space.sectors.name(request.sector());
        int sectorUnits = sectorUnits(request, mentor);
        items.add(item("sector", sectorUnits, weights.sector(), sectorUnits > 0 ? List.of(sector) : List.of(),
                sector == null ? "the request names no sector" : sectorUnits > 0 ? "mentor works in " + sector : "mentor does not list " + sector));
        List<String> languages = space.languages.names(Vocabulary.and(request.languages(), mentor.languages())).stream().sorted().toList();
        items.add(item("language", languageUnits(request, mentor), weights.language(), languages, languages.isEmpty()
                ? "no preferred language in common" : "speaks " + String.join(", ", languages)));
        String country = space.countries.name(request.country());
        items.add(item("location", locationUnits(request, mentor), Math.max(weights.country(), weights.timeZone()),
                Vocabulary.contains(mentor.countries(), request.country()) ? List.of(country) : List.of(),
                locationDetail(request, mentor, space)));
        items.add(item("load", loadUnits(mentor), weights.load(), List.of(), mentor.remaining() + " of " + mentor.capacity()
                + " mentee places free"));
        int total = score(request, mentor);
        return new Score(total / (double) UNITS, List.copyOf(items));
    }

    /** Prepares the mentors once for scoring many requests against them (the batch run's hot loop). */
    public ScoringBatch batch(java.util.List<MentorFeatures> mentors) {
        return new ScoringBatch(this, mentors);
    }

    private int tagUnits(RequestFeatures request, MentorFeatures mentor) {
        return tagUnits(Vocabulary.overlap(request.needs(), mentor.tags()), request.needCount());
    }

    int tagUnits(int overlap, int needCount) {
        return needCount == 0 ? 0 : weights.tags() * UNITS * overlap / needCount;
    }

    int sectorUnits() {
        return weights.sector() * UNITS;
    }

    int languageUnits() {
        return weights.language() * UNITS;
    }

    int countryUnits() {
        return weights.country() * UNITS;
    }

    /** Closeness of two UTC offsets: full points at 0 h apart, nothing from 12 h. */
    int timeZoneUnits(int gapMinutes) {
        if (gapMinutes < 0 || gapMinutes >= HALF_DAY_MINUTES) {
            return 0;
        }
        return weights.timeZone() * UNITS * (HALF_DAY_MINUTES - gapMinutes) / HALF_DAY_MINUTES;
    }

    private int sectorUnits(RequestFeatures request, MentorFeatures mentor) {
        return Vocabulary.contains(mentor.sectors(), request.sector()) ? sectorUnits() : 0;
    }

    private int languageUnits(RequestFeatures request, MentorFeatures mentor) {
        return Vocabulary.overlap(request.languages(), mentor.languages()) > 0 ? languageUnits() : 0;
    }

    /** Same country scores in full; otherwise the time zones' closeness (12 h apart or more: nothing). */
    private int locationUnits(RequestFeatures request, MentorFeatures mentor) {
        if (Vocabulary.contains(mentor.countries(), request.country())) {
            return countryUnits();
        }
        return timeZoneUnits(hoursApartInMinutes(request, mentor));
    }

    int loadUnits(MentorFeatures mentor) {
        return mentor.capacity() <= 0 ? 0 : weights.load() * UNITS * Math.max(0, mentor.remaining()) / mentor.capacity();
    }

    private static int hoursApartInMinutes(RequestFeatures request, MentorFeatures mentor) {
        if (request.utcOffsetMinutes() == RequestFeatures.NO_OFFSET || mentor.utcOffsetMinutes() == RequestFeatures.NO_OFFSET) {
            return -1;
        }
        return Math.abs(request.utcOffsetMinutes() - mentor.utcOffsetMinutes());
    }

    private String locationDetail(RequestFeatures request, MentorFeatures mentor, FeatureSpace space) {
        String country = space.countries.name(request.country());
        if (Vocabulary.contains(mentor.countries(), request.country())) {
            return "mentor knows " + country;
        }
        int gap = hoursApartInMinutes(request, mentor);
        if (gap < 0) {
            return country == null ? "no country or time zone to compare" : "mentor does not list " + country;
        }
        return (country == null ? "" : "mentor does not list " + country + "; ")
                + "time zones " + (gap / 60.0) + " h apart";
    }

    private static ScoreItem item(String criterion, int units, int maxPoints, List<String> matched, String detail) {
        return new ScoreItem(criterion, units / (double) UNITS, maxPoints, matched, detail);
    }
}
