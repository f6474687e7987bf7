package org.jointfunding.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestHashTest {

    record Grant(String email, Set<String> roles, List<String> languages) {
    }

    private final RequestHash hash = new RequestHash(new ObjectMapper());

    private static Set<String> inOrder(String... items) {
        return new LinkedHashSet<>(List.of(items));
    }

    @Test
    void theSameRequestWhateverItsSetsIterationOrderHashesTheSame() {
        assertEquals(hash.of("POST /x", new Grant("a@b.c", inOrder("ADMIN", "REVIEWER"), List.of("en"))),
                hash.of("POST /x", new Grant("a@b.c", inOrder("REVIEWER", "ADMIN"), List.of("en"))));
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 1);
        one.put("a", 2);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", 2);
        other.put("b", 1);
        assertEquals(hash.of("POST /x", one), hash.of("POST /x", other));
    }

    @Test
    void anotherBodyListOrderOrOperationHashesDifferently() {
        Grant grant = new Grant("a@b.c", inOrder("ADMIN"), List.of("en", "fa"));
        String first = hash.of("POST /x", grant);
        assertNotEquals(first, hash.of("POST /x", new Grant("a@b.c", inOrder("ADMIN"), List.of("fa", "en"))));
        assertNotEquals(first, hash.of("POST /x", new Grant("x@b.c", inOrder("ADMIN"), List.of("en", "fa"))));
        assertNotEquals(first, hash.of("POST /y", grant));
    }
}
