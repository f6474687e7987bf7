package org.jointfunding.kit.audit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditLogTest {

    enum Action implements AuditAction { APPROVE_SHARE, SUBMIT }

    enum State { DRAFT, SUBMITTED }

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    /** A trail that keeps what it is given, as a service's trail persists it. */
    static final class KeptLog extends AuditLog<Action> {
        final List<AuditRecord<Action>> stored = new ArrayList<>();

        KeptLog() {
            super(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Override
        protected void store(AuditRecord<Action> entry) {
            stored.add(entry);
        }
    }

    @Test
    void anEntryCarriesWhatWasSaidOfItAndTheTimeItWasWritten() {
        KeptLog log = new KeptLog();
        UUID application = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        log.event(Action.SUBMIT).actor("startup-1").target("APPLICATION", application).within(call)
                .transition(State.DRAFT, State.SUBMITTED).detail("on time").write();

        AuditRecord<Action> entry = log.stored.get(0);
        assertEquals(new AuditRecord<>(NOW, Action.SUBMIT, null, "startup-1", "APPLICATION", application.toString(),
                call.toString(), "DRAFT", "SUBMITTED", "on time", null), entry);
        assertEquals("submit", entry.actionCode());
    }

    @Test
    void whatThePortalSaysIsKeptAsASentenceCodeAndItsValuesWithoutTheEmptyOnes() {
        KeptLog log = new KeptLog();
        log.event(Action.SUBMIT).actor("system").target("42")
                .detail("budget 5000, at most 1000 per application").says("budget-capped", "budget", 5000, "maxRequest", 1000, "note", null)
                .write();

        assertEquals(Map.of("says", "budget-capped", "budget", "5000", "maxRequest", "1000"), log.stored.get(0).facts());
        assertEquals("budget 5000, at most 1000 per application", log.stored.get(0).detail());
    }

    @Test
    void theCodeIsTheConstantInLowerCaseWithHyphensAndNamesThePartyAfterAColon() {
        KeptLog log = new KeptLog();
        log.event(Action.APPROVE_SHARE).party("MY-MIDA").actor("admin").target("42").write();
        log.event(Action.APPROVE_SHARE).actor("admin").target("42").write();

        assertEquals("approve-share:MY-MIDA", log.stored.get(0).actionCode());
        assertEquals("approve-share", log.stored.get(1).actionCode());
        assertNull(log.stored.get(1).targetType());
        assertNull(log.stored.get(1).from());
    }

    @Test
    void nothingIsWrittenWithoutAnAction() {
        assertThrows(NullPointerException.class, () -> new KeptLog().event(null));
    }

    @Test
    void fitCutsToTheColumnAndLeavesShortTextAndNullAlone() {
        assertEquals("abc", AuditRecord.fit("abcdef", 3));
        assertEquals("ab", AuditRecord.fit("ab", 3));
        assertNull(AuditRecord.fit(null, 3));
    }
}
