package org.jointfunding.mentorship.scoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The vocabularies of one matching run, and the instant at which time zones are compared (offsets
 * change with daylight saving time). Turns profiles into the bit-set features the scorer reads.
 */
public final class FeatureSpace {

    public final Vocabulary tags = new Vocabulary();
    public final Vocabulary sectors = new Vocabulary();
    public final Vocabulary languages = new Vocabulary();
    public final Vocabulary countries = new Vocabulary();
    private final Instant at;

    public FeatureSpace(Instant at) {
        this.at = at;
    }

    public RequestFeatures request(Collection<String> needs, String sector, Collection<String> preferredLanguages,
                                   String country, String timeZone) {
        return new RequestFeatures(tags.bits(needs), needs.size(), sectors.id(sector),
                languages.bits(preferredLanguages), countries.id(country), offsetMinutes(timeZone));
    }

    public MentorFeatures mentor(Collection<String> expertise, Collection<String> mentorSectors,
                                 Collection<String> spoken, Collection<String> mentorCountries,
                                 String timeZone, int capacity, int remaining) {
        return new MentorFeatures(tags.bits(expertise), sectors.bits(mentorSectors), languages.bits(spoken),
                countries.bits(mentorCountries), offsetMinutes(timeZone), capacity, remaining);
    }

    private int offsetMinutes(String timeZone) {
        if (timeZone == null) {
            return RequestFeatures.NO_OFFSET;
        }
        return ZoneId.of(timeZone).getRules().getOffset(at).getTotalSeconds() / 60;
    }
}
