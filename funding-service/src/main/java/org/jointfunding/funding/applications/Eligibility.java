package org.jointfunding.funding.applications;

import org.jointfunding.funding.calls.Funder;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.kit.Problem.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/** The call's rules an application must meet to be submitted; every failing rule is reported, not just the first. */
public final class Eligibility {

    private Eligibility() {
    }

    public static List<FieldError> check(JointCall call, Application application, Instant now) {
        List<FieldError> failures = new ArrayList<>();
        if (!call.acceptsSubmissionsAt(now)) {
            failures.add(now.isBefore(call.closesAt)
                    ? rule("deadline", "call-not-open", "the call is " + call.status + ", not open for submissions",
                    "status", call.status)
                    : rule("deadline", "call-closed", "the call closed for submissions at " + call.closesAt,
                    "closesAt", call.closesAt));
        }
        int partners = application.partners.size();
        if (partners < call.minPartners || partners > call.maxPartners) {
            failures.add(rule("partners", "partner-count", "the consortium has " + partners + " partner(s); the call requires "
                    + call.minPartners + " to " + call.maxPartners, "count", partners, "min", call.minPartners, "max", call.maxPartners));
        }
        List<String> countries = application.consortiumCountries();
        call.requiredCountries.stream().sorted().filter(c -> !countries.contains(c)).forEach(c ->
                failures.add(rule("partners", "required-country-missing",
                        "the consortium has no partner from " + c + ", which the call requires", "country", c)));
        if (application.requestedAmounts.isEmpty()) {
            failures.add(rule("requestedAmounts", "no-amount-requested", "ask at least one funding agency for an amount"));
        }
        for (Map.Entry<String, BigDecimal> request : application.requestedAmounts.entrySet()) {
            String field = "requestedAmounts." + request.getKey();
            Optional<Funder> funder = call.funder(request.getKey());
            if (funder.isEmpty()) {
                failures.add(rule(field, "not-a-funder", request.getKey() + " does not fund this call", "agency", request.getKey()));
                continue;
            }
            Funder f = funder.get();
            if (f.maxRequest != null && request.getValue().compareTo(f.maxRequest) > 0) {
                failures.add(rule(field, "above-cap", "exceeds the cap of " + f.maxRequest.toPlainString() + " " + f.agency.currency
                        + " per application", "agency", f.agency.code, "cap", f.maxRequest, "currency", f.agency.currency));
            } else if (request.getValue().compareTo(f.budget) > 0) {
                failures.add(rule(field, "above-budget", "exceeds the agency's whole budget of " + f.budget.toPlainString() + " "
                        + f.agency.currency, "agency", f.agency.code, "budget", f.budget, "currency", f.agency.currency));
            }
            if (!countries.contains(f.agency.country)) {
                failures.add(rule(field, "no-partner-in-funder-country", request.getKey() + " funds partners in "
                        + f.agency.country + "; the consortium has none there", "agency", f.agency.code, "country", f.agency.country));
            }
        }
        return failures;
    }

    /** A failing rule: its English message, and a code with parameters for clients that word it themselves. */
    private static FieldError rule(String field, String code, String message, Object... params) {
        Map<String, Object> values = new TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            values.put((String) params[i], params[i + 1]);
        }
        return new FieldError(field, message, code, values);
    }
}
