package org.jointfunding.funding.applications;

import org.jointfunding.funding.calls.Funder;
import org.jointfunding.funding.calls.JointCall;
import org.jointfunding.kit.Problem.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The call's rules an application must meet to be submitted; every failing rule is reported, not just the first. */
public final class Eligibility {

    private Eligibility() {
    }

    public static List<FieldError> check(JointCall call, Application application, Instant now) {
        List<FieldError> failures = new ArrayList<>();
        if (!call.acceptsSubmissionsAt(now)) {
            failures.add(new FieldError("deadline", now.isBefore(call.closesAt)
                    ? "the call is " + call.status + ", not open for submissions"
                    : "the call closed for submissions at " + call.closesAt));
        }
        int partners = application.partners.size();
        if (partners < call.minPartners || partners > call.maxPartners) {
            failures.add(new FieldError("partners", "the consortium has " + partners + " partner(s); the call requires "
                    + call.minPartners + " to " + call.maxPartners));
        }
        List<String> countries = application.consortiumCountries();
        call.requiredCountries.stream().sorted().filter(c -> !countries.contains(c)).forEach(c ->
                failures.add(new FieldError("partners", "the consortium has no partner from " + c + ", which the call requires")));
        if (application.requestedAmounts.isEmpty()) {
            failures.add(new FieldError("requestedAmounts", "ask at least one funding agency for an amount"));
        }
        for (Map.Entry<String, BigDecimal> request : application.requestedAmounts.entrySet()) {
            String field = "requestedAmounts." + request.getKey();
            Optional<Funder> funder = call.funder(request.getKey());
            if (funder.isEmpty()) {
                failures.add(new FieldError(field, request.getKey() + " does not fund this call"));
                continue;
            }
            Funder f = funder.get();
            if (f.maxRequest != null && request.getValue().compareTo(f.maxRequest) > 0) {
                failures.add(new FieldError(field, "exceeds the cap of " + f.maxRequest.toPlainString() + " " + f.agency.currency + " per application"));
            } else if (request.getValue().compareTo(f.budget) > 0) {
                failures.add(new FieldError(field, "exceeds the agency's whole budget of " + f.budget.toPlainString() + " " + f.agency.currency));
            }
            if (!countries.contains(f.agency.country)) {
                failures.add(new FieldError(field, request.getKey() + " funds partners in " + f.agency.country
                        + "; the consortium has none there"));
            }
        }
        return failures;
    }
}
