package org.jointfunding.mentorship.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorer's hot path for a batch run: the mentors laid out in flat arrays, and per request the
 * criteria turned into lookup tables, so scoring a pair is a few AND/popcounts and additions with no
 * division (a 100k x 20k run scores two billion pairs). Gives exactly {@link MatchScorer#score}; the
 * unit tests compare the two on random pairs.
 */
public final class ScoringBatch {

    private final MatchScorer scorer;
    private final int size;
    private final int tagWords;
    private final int sectorWords;
    private final int languageWords;
    private final int countryWords;
    private final long[] tags;
    private final long[] sectors;
    private final long[] languages;
    private final long[] countries;
    private final int[] zone;
    private final int[] zoneOffsets;
    private final int[] loadUnits;
    private final int[] remaining;

    ScoringBatch(MatchScorer scorer, List<MentorFeatures> mentors) {
        this.scorer = scorer;
        size = mentors.size();
        tagWords = maxWords(mentors, MentorFeatures::tags);
        sectorWords = maxWords(mentors, MentorFeatures::sectors);
        languageWords = maxWords(mentors, MentorFeatures::languages);
        countryWords = maxWords(mentors, MentorFeatures::countries);
        tags = flatten(mentors, MentorFeatures::tags, tagWords);
        sectors = flatten(mentors, MentorFeatures::sectors, sectorWords);
        languages = flatten(mentors, MentorFeatures::languages, languageWords);
        countries = flatten(mentors, MentorFeatures::countries, countryWords);
        zone = new int[size];
        loadUnits = new int[size];
        remaining = new int[size];
        Map<Integer, Integer> zones = new HashMap<>();
        for (int m = 0; m < size; m++) {
            MentorFeatures mentor = mentors.get(m);
            int offset = mentor.utcOffsetMinutes();
            zone[m] = offset == RequestFeatures.NO_OFFSET ? -1 : zones.computeIfAbsent(offset, o -> zones.size());
            loadUnits[m] = scorer.loadUnits(mentor);
            remaining[m] = mentor.remaining();
        }
        zoneOffsets = new int[zones.size()];
        zones.forEach((offset, index) -> zoneOffsets[index] = offset);
    }

    public int size() {
        return size;
    }

    public int remaining(int mentor) {
        return remaining[mentor];
    }

    public Prepared prepare(RequestFeatures request) {
        return new Prepared(request);
    }

    /** One request's view of the batch: {@link #score(int)} is the pair's score in units. */
    public final class Prepared {
        private final long[] needs;
        private final int[] tagUnitsByOverlap;
        private final int sectorWord;
        private final long sectorBit;
        private final long[] wantedLanguages;
        private final int countryWord;
        private final long countryBit;
        private final int[] timeZoneUnitsByZone;
        private final int sectorUnits;
        private final int languageUnits;
        private final int countryUnits;

        private Prepared(RequestFeatures request) {
            needs = java.util.Arrays.copyOf(request.needs(), tagWords);
            tagUnitsByOverlap = new int[request.needCount() + 1];
            for (int overlap = 0; overlap <= request.needCount(); overlap++) {
                tagUnitsByOverlap[overlap] = scorer.tagUnits(overlap, request.needCount());
            }
            int sector = request.sector();
            sectorWord = sector == Vocabulary.ABSENT || sector / 64 >= sectorWords ? -1 : sector / 64;
            sectorBit = sector == Vocabulary.ABSENT ? 0 : 1L << (sector % 64);
            wantedLanguages = java.util.Arrays.copyOf(request.languages(), languageWords);
            int country = request.country();
            countryWord = country == Vocabulary.ABSENT || country / 64 >= countryWords ? -1 : country / 64;
            countryBit = country == Vocabulary.ABSENT ? 0 : 1L << (country % 64);
            timeZoneUnitsByZone = new int[zoneOffsets.length];
            if (request.utcOffsetMinutes() != RequestFeatures.NO_OFFSET) {
                for (int z = 0; z < zoneOffsets.length; z++) {
                    timeZoneUnitsByZone[z] = scorer.timeZoneUnits(Math.abs(request.utcOffsetMinutes() - zoneOffsets[z]));
                }
            }
            sectorUnits = scorer.sectorUnits();
            languageUnits = scorer.languageUnits();
            countryUnits = scorer.countryUnits();
        }

        public int score(int m) {
            int score = loadUnits[m];
            int overlap = 0;
            for (int w = 0, base = m * tagWords; w < tagWords; w++) {
                overlap += Long.bitCount(tags[base + w] & needs[w]);
            }
            score += tagUnitsByOverlap[overlap];
            if (sectorWord >= 0 && (sectors[m * sectorWords + sectorWord] & sectorBit) != 0) {
                score += sectorUnits;
            }
            for (int w = 0, base = m * languageWords; w < languageWords; w++) {
                if ((languages[base + w] & wantedLanguages[w]) != 0) {
                    score += languageUnits;
                    break;
                }
            }
            if (countryWord >= 0 && (countries[m * countryWords + countryWord] & countryBit) != 0) {
                score += countryUnits;
            } else if (zone[m] >= 0) {
                score += timeZoneUnitsByZone[zone[m]];
            }
            return score;
        }
    }

    private static int maxWords(List<MentorFeatures> mentors, java.util.function.Function<MentorFeatures, long[]> bits) {
        int words = 1;
        for (MentorFeatures mentor : mentors) {
            words = Math.max(words, bits.apply(mentor).length);
        }
        return words;
    }

    private static long[] flatten(List<MentorFeatures> mentors, java.util.function.Function<MentorFeatures, long[]> bits, int words) {
        long[] flat = new long[mentors.size() * words];
        for (int m = 0; m < mentors.size(); m++) {
            long[] b = bits.apply(mentors.get(m));
            System.arraycopy(b, 0, flat, m * words, Math.min(words, b.length));
        }
        return flat;
    }
}
