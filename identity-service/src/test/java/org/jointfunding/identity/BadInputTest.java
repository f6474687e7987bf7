package org.jointfunding.identity;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.BadInputSweep;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every endpoint of the contract answers malformed input with a 4xx problem document, never a 5xx. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedInputIsAlwaysAProblemDocumentNeverAServerError() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("ADMIN", Portal.adminBearer());
        callers.put("STARTUP", Portal.registered("STARTUP").bearer());
        callers.put("anonymous", null);
        BadInputSweep.assertNoServerErrors(callers);
    }
}
