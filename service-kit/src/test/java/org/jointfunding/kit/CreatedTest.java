package org.jointfunding.kit;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CreatedTest {

    private static final URI WHERE = URI.create("/api/identity/admin/clients/c1");

    @Test
    void aReplayAnswersTheBodyUnlessToldOtherwise() {
        Created<String> created = new Created<>(WHERE, "body");
        assertEquals("body", created.replay());
        assertNull(created.etag());
    }

    @Test
    void aBodyShownOnceIsReplacedOnReplayKeepingWhereAndVersion() {
        Created<Map<String, String>> withSecret = new Created<>(WHERE, Map.of("id", "c1", "secret", "s3cr3t"), "\"0\"");
        Created<Map<String, String>> stored = withSecret.replayedAs(Map.of("id", "c1"));
        assertEquals(Map.of("id", "c1"), stored.replay());
        assertEquals(withSecret.body(), stored.body());
        assertEquals(WHERE, stored.location());
        assertEquals("\"0\"", stored.etag());
    }
}
