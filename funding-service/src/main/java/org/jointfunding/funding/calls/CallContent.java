package org.jointfunding.funding.calls;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.funding.agencies.Agency;
import org.jointfunding.kit.Countries;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the rules that span fields of a call request, then writes it onto a DRAFT call. */
@ApplicationScoped
class CallContent {

    void apply(JointCall call, CallRequest request) {
        List<Problem.FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The call is not consistent", errors);
        }
        call.title = request.title().strip();
        call.description = request.description().strip();
        call.opensAt = request.opensAt();
        call.closesAt = request.closesAt();
        call.blindReview = request.blindReview();
        call.minPartners = request.eligibility().minPartners();
        call.maxPartners = request.eligibility().maxPartners();
        call.sectors.clear();
        call.sectors.addAll(request.sectors());
        call.requiredCountries.clear();
        call.requiredCountries.addAll(request.eligibility().requiredCountries());
        call.criteria.clear();
        request.criteria().forEach(c -> call.criteria.add(new Criterion(c.name().strip(), c.weight(), c.maxScore(), c.threshold())));
        replaceFunders(call, request.funders());
    }

    /** Updates funders in place by agency: removing and re-adding the same agency would collide on flush. */
    private static void replaceFunders(JointCall call, List<CallRequest.FunderRequest> requested) {
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            CallRequest.FunderRequest f = requested.get(i);
            wanted.add(f.agency());
            Agency agency = CallService.agencyOrInvalid(f.agency(), "funders[" + i + "].agency");
            call.funder(f.agency()).ifPresentOrElse(existing -> {
                existing.budget = f.budget();
                existing.maxRequest = f.maxRequest();
            }, () -> call.funders.add(new Funder(call, agency, f.budget(), f.maxRequest())));
        }
        call.funders.removeIf(f -> !wanted.contains(f.agencyCode));
    }

    static List<Problem.FieldError> check(CallRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(new Problem.FieldError("closesAt", "must be after opensAt"));
        }
        CallRequest.EligibilityRequest eligibility = request.eligibility();
        if (eligibility.minPartners() > eligibility.maxPartners()) {
            errors.add(new Problem.FieldError("eligibility.maxPartners", "must not be less than minPartners"));
        }
        for (int i = 0; i < eligibility.requiredCountries().size(); i++) {
            if (!Countries.isKnown(eligibility.requiredCountries().get(i))) {
                errors.add(new Problem.FieldError("eligibility.requiredCountries[" + i + "]", "unknown ISO 3166 country"));
            }
        }
        if (eligibility.requiredCountries().size() > eligibility.maxPartners()) {
            errors.add(new Problem.FieldError("eligibility.requiredCountries", "more countries than maxPartners can cover"));
        }
        if (new HashSet<>(request.sectors()).size() != request.sectors().size()) {
            errors.add(new Problem.FieldError("sectors", "must not repeat a sector"));
        }
        if (request.funders().stream().map(CallRequest.FunderRequest::agency).distinct().count() != request.funders().size()) {
            errors.add(new Problem.FieldError("funders", "must not name an agency twice"));
        }
        for (int i = 0; i < request.funders().size(); i++) {
            CallRequest.FunderRequest f = request.funders().get(i);
            if (f.maxRequest() != null && f.maxRequest().compareTo(f.budget()) > 0) {
                errors.add(new Problem.FieldError("funders[" + i + "].maxRequest", "must not exceed the budget"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < request.criteria().size(); i++) {
            CallRequest.CriterionRequest c = request.criteria().get(i);
            if (c.threshold() > c.maxScore()) {
                errors.add(new Problem.FieldError("criteria[" + i + "].threshold", "must not exceed maxScore"));
            }
            if (!names.add(c.name().strip())) {
                errors.add(new Problem.FieldError("criteria[" + i + "].name", "must not repeat a criterion"));
            }
        }
        return errors;
    }
}
