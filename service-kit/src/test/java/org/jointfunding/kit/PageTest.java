package org.jointfunding.kit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

class PageTest {

    private static final LongSupplier NOT_ASKED = () -> fail("counted although the page ends the list");

    @Test
    void aShortPageEndsTheListSoItsTotalNeedsNoCount() {
        assertEquals(3, Page.of(List.of("a", "b", "c"), 20, 0, NOT_ASKED).total());
        assertEquals(42, Page.of(List.of("a", "b"), 20, 40, NOT_ASKED).total());
        assertEquals(0, Page.of(List.of(), 20, 0, NOT_ASKED).total());
    }

    @Test
    void aFullPageOrAnEmptyOnePastTheStartIsCounted() {
        assertEquals(57, Page.of(List.of("a", "b"), 2, 0, () -> 57).total());
        assertEquals(57, Page.of(List.of(), 20, 60, () -> 57).total());
        assertEquals(57, Page.total(20, 20, 20, () -> 57));
    }
}
