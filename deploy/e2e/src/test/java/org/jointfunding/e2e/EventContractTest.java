package org.jointfunding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ApplicationAwarded event between funding-service (producer) and mentorship-service
 * (consumer), compared through the two committed contracts: whatever funding accepts from a user
 * and puts in the event, mentorship must accept back. A consumer narrower than its producer turns
 * every award of such an application into an event refused for good (a 60-character sector once
 * met a 40-character column). {@link #SOURCES} says where each field of the event comes from.
 */
class EventContractTest {

    /** Each field of the event, and what it is made of in funding's contract (a schema's field, or a comment). */
    static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("applicationId", "UUID"),
            Map.entry("callId", "UUID"),
            Map.entry("callTitle", "CallRequest.title"),
            Map.entry("applicationTitle", "ApplicationRequest.title"),
            Map.entry("startupId", "account id"),
            Map.entry("startupName", "PartnerRequest.name"),
            Map.entry("startupCountry", "PartnerRequest.country"),
            Map.entry("sectors", "CallRequest.sectors"),
            Map.entry("sector", "ApplicationRequest.sector"),
            Map.entry("mentoringNeeds", "ApplicationRequest.mentoringNeeds"),
            Map.entry("languages", "ApplicationRequest.languages"),
            Map.entry("consortiumCountries", "partner countries"));

    /** Fields the producer sends on every event (a partner-less application has no lead, and maybe no sector). */
    private static final Set<String> ALWAYS_SENT = Set.of("applicationId", "callId", "callTitle", "applicationTitle",
            "startupId", "sectors", "mentoringNeeds", "languages", "consortiumCountries");
    /** How smallrye-openapi writes @NotBlank: a partial-match pattern, not a bound on the length. */
    private static final String NOT_BLANK = "\\S";
    private static final Pattern ATOM = Pattern.compile("(\\[(?:\\\\.|[^]])*]|\\\\.|[^\\\\\\[(){}|*+?])(\\{(\\d+)(,(\\d*))?}|[?*+])?");

    private final Path root = Path.of(System.getProperty("suite.root", "../.."));
    private final JsonNode funding = read("funding-service");
    private final JsonNode mentorship = read("mentorship-service");

    @Test
    void mentorshipAcceptsEveryApplicationAwardedThatFundingCanSend() {
        JsonNode consumer = schema(mentorship, "ApplicationAwarded");
        assertEquals(new TreeSet<>(SOURCES.keySet()), fieldNames(consumer.path("properties")),
                "every field of mentorship's ApplicationAwarded needs its source in funding's contract, and only those");
        List<String> problems = new ArrayList<>();
        SOURCES.forEach((field, source) ->
                compare("ApplicationAwarded." + field, producerSchema(source), consumer.path("properties").path(field), problems));
        consumer.path("required").forEach(required -> {
            if (!ALWAYS_SENT.contains(required.asText())) {
                problems.add("ApplicationAwarded." + required.asText() + " is required by mentorship but funding may leave it out");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theComparisonCatchesANarrowerConsumer() {
        ObjectNode narrow = JsonNodeFactory.instance.objectNode().put("type", "string").put("maxLength", 40);
        List<String> problems = new ArrayList<>();
        compare("sector", producerSchema("ApplicationRequest.sector"), narrow, problems);
        assertEquals(List.of("sector: mentorship takes at most 40 characters, funding may send 60"), problems);

        ObjectNode fewer = JsonNodeFactory.instance.objectNode().put("type", "array").put("maxItems", 5);
        fewer.set("items", JsonNodeFactory.instance.objectNode().put("type", "string").put("maxLength", 3));
        problems.clear();
        compare("languages", producerSchema("ApplicationRequest.languages"), fewer, problems);
        assertEquals(List.of("languages: mentorship takes at most 5 items, funding may send 10"), problems);
    }

    @Test
    void patternLengthsAreReadFromClassesAndQuantifiers() {
        assertEquals(List.of(1L, 60L), List.of(patternLengths("[a-z0-9][a-z0-9-]{0,59}")[0], patternLengths("[a-z0-9][a-z0-9-]{0,59}")[1]));
        assertEquals(List.of(2L, 2L), List.of(patternLengths("[A-Z]{2}")[0], patternLengths("[A-Z]{2}")[1]));
        assertEquals(Long.MAX_VALUE, patternLengths("[a-z]+")[1]);
        assertEquals(Long.MAX_VALUE, patternLengths("(ab|c)")[1]);
    }

    /** The schema, in funding's contract, of what ends up in an event field. */
    private JsonNode producerSchema(String source) {
        ObjectNode synthetic = JsonNodeFactory.instance.objectNode();
        switch (source) {
            case "UUID" -> synthetic.put("$ref", "#/components/schemas/UUID");
            // identity's account id, the token's subject, is a UUID in its canonical form
            case "account id" -> synthetic.put("type", "string").put("minLength", 36).put("maxLength", 36);
            // one per distinct partner country: never more than partners
            case "partner countries" -> {
                synthetic.put("type", "array")
                        .put("maxItems", schema(funding, "ApplicationRequest").path("properties").path("partners").path("maxItems").asInt());
                synthetic.set("items", producerSchema("PartnerRequest.country"));
            }
            default -> {
                String[] schemaAndField = source.split("\\.");
                JsonNode field = schema(funding, schemaAndField[0]).path("properties").path(schemaAndField[1]);
                assertTrue(field.isObject(), "funding's contract has no " + source);
                return field;
            }
        }
        return synthetic;
    }

    private static void compare(String field, JsonNode producer, JsonNode consumer, List<String> problems) {
        if (producer.has("$ref") || consumer.has("$ref")) {
            if (!producer.path("$ref").equals(consumer.path("$ref"))) {
                problems.add(field + ": funding sends " + producer.path("$ref") + ", mentorship reads " + consumer.path("$ref"));
            }
            return;
        }
        if (!producer.path("type").equals(consumer.path("type"))) {
            problems.add(field + ": funding sends a " + producer.path("type") + ", mentorship reads a " + consumer.path("type"));
            return;
        }
        if (producer.path("type").asText().equals("array")) {
            long sent = bound(producer, "maxItems");
            long taken = bound(consumer, "maxItems");
            if (taken < sent) {
                problems.add(field + ": mentorship takes at most " + taken + " items, funding may send " + describe(sent));
            }
            if (consumer.path("minItems").asInt(0) > producer.path("minItems").asInt(0)) {
                problems.add(field + ": mentorship wants at least " + consumer.path("minItems") + " items, funding may send "
                        + producer.path("minItems").asInt(0));
            }
            compare(field + "[]", producer.path("items"), consumer.path("items"), problems);
            return;
        }
        long[] sent = lengths(producer);
        long[] taken = lengths(consumer);
        if (taken[1] < sent[1]) {
            problems.add(field + ": mentorship takes at most " + taken[1] + " characters, funding may send " + describe(sent[1]));
        }
        if (taken[0] > sent[0]) {
            problems.add(field + ": mentorship wants at least " + taken[0] + " characters, funding may send " + sent[0]);
        }
        String consumerPattern = consumer.path("pattern").asText(NOT_BLANK);
        if (!consumerPattern.equals(NOT_BLANK) && !consumerPattern.equals(producer.path("pattern").asText())) {
            problems.add(field + ": mentorship's pattern " + consumerPattern + " differs from funding's "
                    + producer.path("pattern").asText("(none)") + "; make them the same");
        }
    }

    /** The shortest and longest string a schema allows, from maxLength/minLength and a simple pattern. */
    static long[] lengths(JsonNode schema) {
        long min = schema.path("minLength").asLong(0);
        long max = bound(schema, "maxLength");
        String pattern = schema.path("pattern").asText(NOT_BLANK);
        if (pattern.equals(NOT_BLANK)) {
            return new long[]{Math.max(min, schema.has("pattern") ? 1 : 0), max};
        }
        long[] fromPattern = patternLengths(pattern);
        return new long[]{Math.max(min, fromPattern[0]), Math.min(max, fromPattern[1])};
    }

    /**
     * Lengths of the strings a pattern of single characters, classes and quantifiers matches in full;
     * anything fancier (groups, alternatives) counts as unbounded.
     */
    static long[] patternLengths(String pattern) {
        Matcher atom = ATOM.matcher(pattern);
        long min = 0;
        long max = 0;
        int at = 0;
        while (at < pattern.length()) {
            if (!atom.find(at) || atom.start() != at) {
                return new long[]{0, Long.MAX_VALUE};
            }
            String quantifier = atom.group(2);
            long atomMin = 1;
            long atomMax = 1;
            if ("?".equals(quantifier)) {
                atomMin = 0;
            } else if ("*".equals(quantifier) || "+".equals(quantifier)) {
                atomMin = quantifier.equals("+") ? 1 : 0;
                atomMax = Long.MAX_VALUE;
            } else if (quantifier != null) {
                atomMin = Long.parseLong(atom.group(3));
                atomMax = atom.group(4) == null ? atomMin
                        : atom.group(5).isEmpty() ? Long.MAX_VALUE : Long.parseLong(atom.group(5));
            }
            min += atomMin;
            max = atomMax == Long.MAX_VALUE || max == Long.MAX_VALUE ? Long.MAX_VALUE : max + atomMax;
            at = atom.end();
        }
        return new long[]{min, max};
    }

    private static long bound(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.get(keyword).asLong() : Long.MAX_VALUE;
    }

    private static String describe(long bound) {
        return bound == Long.MAX_VALUE ? "any number (no bound in its contract)" : String.valueOf(bound);
    }

    private static Set<String> fieldNames(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode schema(JsonNode contract, String name) {
        JsonNode schema = contract.path("components").path("schemas").path(name);
        assertTrue(schema.isObject(), "no schema " + name + " in the contract");
        return schema;
    }

    private JsonNode read(String module) {
        try {
            return new ObjectMapper().readTree(root.resolve(module).resolve("src/main/openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + module + "'s committed contract", e);
        }
    }
}
