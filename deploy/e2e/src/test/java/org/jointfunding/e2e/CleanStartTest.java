package org.jointfunding.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fresh suite starts without an error in any log: an operator's alert on ERROR lines stays quiet. */
class CleanStartTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void noServiceLogsAnErrorWhileStarting() {
        for (String service : List.of("identity", "funding", "mentorship", "notification", "gateway")) {
            List<String> errors = suite.startupLog(service).lines()
                    .filter(line -> line.contains(" ERROR ") || line.contains("\"level\":\"ERROR\""))
                    .toList();
            assertEquals(List.of(), errors, service + " logged errors while starting");
        }
    }
}
