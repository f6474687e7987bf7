package org.jointfunding.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.BadInputSweep;
import org.jointfunding.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every endpoint of the contract answers malformed input with a 4xx problem document, never a 5xx. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedInputIsAlwaysAProblemDocumentNeverAServerError() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("ADMIN", TestTokens.user("ADMIN").bearer());
        callers.put("STARTUP", TestTokens.user("STARTUP").bearer());
        callers.put("MENTOR", TestTokens.user("MENTOR").bearer());
        callers.put("anonymous", null);
        BadInputSweep.assertNoServerErrors(callers);
    }
}
