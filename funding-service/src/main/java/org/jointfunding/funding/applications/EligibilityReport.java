package org.jointfunding.funding.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.kit.Problem.FieldError;

import java.util.List;

@Schema(description = "Whether the application could be submitted now, and every rule that fails (the same list a submit would refuse with)")
public record EligibilityReport(
        @Schema(examples = "false") boolean eligible,
        @Schema(description = "Each failing rule: field, English message, and a code with params (partner-count, required-country-missing, "
                + "no-amount-requested, not-a-funder, above-cap, above-budget, no-partner-in-funder-country, call-not-open, call-closed)")
        List<FieldError> problems) {
}
