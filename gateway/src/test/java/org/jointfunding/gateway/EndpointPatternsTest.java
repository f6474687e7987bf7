package org.jointfunding.gateway;

import org.jointfunding.gateway.endpoints.EndpointPatterns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointPatternsTest {

    private final EndpointPatterns patterns = EndpointPatterns.parse(List.of(
            "GET /api/funding/calls", "GET /api/funding/calls/*", "post /api/identity/login", "* /api/identity/jwks"));

    @Test
    void matchesMethodAndPathWithOneSegmentWildcards() {
        assertTrue(patterns.matches("GET", "/api/funding/calls"));
        assertTrue(patterns.matches("GET", "/api/funding/calls/"));
        assertTrue(patterns.matches("GET", "/api/funding/calls/7c9e"));
        assertTrue(patterns.matches("POST", "/api/identity/login"));
        assertTrue(patterns.matches("DELETE", "/api/identity/jwks"));
    }

    @Test
    void doesNotMatchOtherMethodsDeeperPathsOrLookalikes() {
        assertFalse(patterns.matches("POST", "/api/funding/calls"));
        assertFalse(patterns.matches("GET", "/api/funding/calls/7c9e/applications"));
        assertFalse(patterns.matches("GET", "/api/funding/callsX"));
        assertFalse(patterns.matches("GET", "/api/identity/login"));
    }

    @Test
    void rejectsMalformedSpecs() {
        assertThrows(IllegalArgumentException.class, () -> EndpointPatterns.parse(List.of("/api/x")));
    }
}
