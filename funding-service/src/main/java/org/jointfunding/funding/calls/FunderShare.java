package org.jointfunding.funding.calls;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "An agency's own share of a draft call, in its currency: setting it confirms it")
public record FunderShare(
        @Schema(examples = "90000000000.00") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal budget,
        @Schema(examples = "10000000000.00") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal maxRequest) {
}
