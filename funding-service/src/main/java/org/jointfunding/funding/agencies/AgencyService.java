package org.jointfunding.funding.agencies;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.audit.AuditTrail;
import org.jointfunding.funding.audit.FundingAction;
import org.jointfunding.kit.Countries;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.kit.ApiProblem;

import java.time.Clock;
import java.util.Currency;

@ApplicationScoped
public class AgencyService {

    private final AuditTrail audit;
    private final Clock clock;

    public AgencyService(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public Page<AgencyView> list(int limit, int offset) {
        var query = Agency.<Agency>findAll(Sort.by("code"));
        return Page.read(query, limit, offset).map(AgencyView::of);
    }

    public AgencyView get(String code) {
        return AgencyView.of(find(code));
    }

    @Transactional
    public AgencyView create(String actor, AgencyRequest request) {
        if (request.code() == null) {
            throw ApiProblem.invalidField("code", "must not be null");
        }
        checkCountryAndCurrency(request);
        if (Agency.findById(request.code()) != null) {
            throw ApiProblem.conflict("agency-exists", "An agency with code " + request.code() + " already exists");
        }
        Agency agency = new Agency();
        agency.code = request.code();
        apply(agency, request);
        agency.createdAt = clock.instant();
        agency.persist();
        audit.event(FundingAction.CREATE).actor(actor).target("AGENCY", agency.code).write();
        return AgencyView.of(agency);
    }

    @Transactional
    public AgencyView update(String actor, String code, String ifMatch, AgencyRequest request) {
        Agency agency = find(code);
        ETags.requireMatch(ifMatch, agency.version);
        checkCountryAndCurrency(request);
        apply(agency, request);
        audit.event(FundingAction.EDIT).actor(actor).target("AGENCY", agency.code).write();
        Agency.getEntityManager().flush();
        return AgencyView.of(agency);
    }

    /** The agency, or a 404 problem. */
    public static Agency find(String code) {
        Agency agency = Agency.findById(code);
        if (agency == null) {
            throw ApiProblem.notFound("agency", code);
        }
        return agency;
    }

    private static void apply(Agency agency, AgencyRequest request) {
        agency.name = request.name().strip();
        agency.country = request.country();
        agency.currency = request.currency();
    }

    private static void checkCountryAndCurrency(AgencyRequest request) {
        if (!Countries.isKnown(request.country())) {
            throw ApiProblem.invalidField("country", "unknown ISO 3166 country " + request.country());
        }
        try {
            Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("currency", "unknown ISO 4217 currency " + request.currency());
        }
    }
}
