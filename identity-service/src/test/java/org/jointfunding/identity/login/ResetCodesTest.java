package org.jointfunding.identity.login;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResetCodesTest {

    @Test
    void codesAreFiveGroupsOfFourUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ResetCodes.newCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), code);
            seen.add(code);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void caseDashesSpacesAndLookAlikeLettersDoNotChangeTheHash() {
        String hash = ResetCodes.hash("7QK2-M9XD-4R1T-HV0B-ZP6E");
        assertEquals(hash, ResetCodes.hash("7qk2m9xd4r1thv0bzp6e"));
        assertEquals(hash, ResetCodes.hash(" 7QK2 M9XD 4RIT HVOB ZP6E "));
        assertEquals(hash, ResetCodes.hash("7QK2-M9XD-4RlT-HV0B-ZP6E"));
        assertNotEquals(hash, ResetCodes.hash("7QK2-M9XD-4R1T-HV0B-ZP6F"));
    }
}
