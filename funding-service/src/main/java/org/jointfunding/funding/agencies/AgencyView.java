package org.jointfunding.funding.agencies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A funding agency")
public record AgencyView(
        @Schema(examples = "MY-MIDA") String code,
        @Schema(examples = "Malaysian Investment Development Authority") String name,
        @Schema(examples = "MY") String country,
        @Schema(examples = "MYR") String currency,
        @Schema(examples = "0") long version) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.country, agency.currency, agency.version);
    }
}
