package org.jointfunding.funding.applications;

import org.jointfunding.funding.agencies.Agency;
import org.jointfunding.funding.calls.CallStatus;
import org.jointfunding.funding.calls.Funder;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.kit.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");

    private static JointCall call() {
        JointCall call = new JointCall();
        call.status = CallStatus.OPEN;
        call.closesAt = NOW.plusSeconds(60);
        call.minPartners = 2;
        call.maxPartners = 3;
        call.requiredCountries.addAll(List.of("MY", "IR"));
        call.funders.add(new Funder(call, agency("MY-A", "MY"), new BigDecimal("1000"), new BigDecimal("300")));
        call.funders.add(new Funder(call, agency("IR-A", "IR"), new BigDecimal("500"), null));
        return call;
    }

    private static Agency agency(String code, String country) {
        Agency agency = new Agency();
        agency.code = code;
        agency.country = country;
        agency.currency = "MYR";
        return agency;
    }

    private static Application application(JointCall call, String... countries) {
        Application application = new Application();
        application.call = call;
        for (String country : countries) {
            application.partners.add(new Partner("P" + country, country, "partner"));
        }
        application.requestedAmounts.put("MY-A", new BigDecimal("300"));
        application.requestedAmounts.put("IR-A", new BigDecimal("500"));
        return application;
    }

    @Test
    void aConsortiumThatMeetsEveryRulePasses() {
        JointCall call = call();
        assertEquals(List.of(), Eligibility.check(call, application(call, "MY", "IR"), NOW));
    }

    @Test
    void theDeadlineIsTheClosingInstantItself() {
        JointCall call = call();
        List<FieldError> failures = Eligibility.check(call, application(call, "MY", "IR"), call.closesAt);
        assertEquals(List.of("deadline"), failures.stream().map(FieldError::field).toList());
    }

    @Test
    void everyFailingRuleIsListed() {
        JointCall call = call();
        Application application = application(call, "MY");
        application.requestedAmounts.put("MY-A", new BigDecimal("300.01"));
        application.requestedAmounts.put("IR-A", new BigDecimal("500.01"));
        List<String> messages = Eligibility.check(call, application, NOW).stream()
                .map(f -> f.field() + ": " + f.message()).toList();
        assertEquals(5, messages.size(), messages::toString);
        assertTrue(messages.contains("partners: the consortium has 1 partner(s); the call requires 2 to 3"));
        assertTrue(messages.contains("partners: the consortium has no partner from IR, which the call requires"));
        assertTrue(messages.contains("requestedAmounts.MY-A: exceeds the cap of 300 MYR per application"));
        assertTrue(messages.contains("requestedAmounts.IR-A: exceeds the agency's whole budget of 500 MYR"));
        assertTrue(messages.contains("requestedAmounts.IR-A: IR-A funds partners in IR; the consortium has none there"));
    }

    @Test
    void tooManyPartnersAndNoRequestFail() {
        JointCall call = call();
        Application application = application(call, "MY", "IR", "MY", "IR");
        application.requestedAmounts.clear();
        assertEquals(List.of("partners", "requestedAmounts"),
                Eligibility.check(call, application, NOW).stream().map(FieldError::field).toList());
    }
}
