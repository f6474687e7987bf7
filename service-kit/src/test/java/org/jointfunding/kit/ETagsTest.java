package org.jointfunding.kit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {

    @Test
    void anEditWithoutIfMatchIsRefusedAsPreconditionRequired() {
        Problem missing = assertThrows(ApiProblem.class, () -> ETags.requireMatch(null, 3)).problem();
        assertEquals(428, missing.status);
        assertEquals("/problems/precondition-required", missing.type);
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requireMatch("  ", 3)).problem().status);
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        Problem stale = assertThrows(ApiProblem.class, () -> ETags.requireMatch("\"2\"", 3)).problem();
        assertEquals(412, stale.status);
        assertEquals(3L, stale.extensions().get("currentVersion"));
    }

    @Test
    void theCurrentVersionStrongWeakOrAnyMatches() {
        assertDoesNotThrow(() -> ETags.requireMatch(ETags.of(3), 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
        assertEquals("\"3\"", ETags.of(3));
    }
}
