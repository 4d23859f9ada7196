package org.wpsnetwork.nap.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.PlanKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An action plan a member adopted: a NAP for a state, a RAP or STRATEGY for a regional organization. Pillars
 * are the four of resolution 1325 (PARTICIPATION, PROTECTION, PREVENTION, RELIEF_AND_RECOVERY) and any others
 * the plan names; every indicator belongs to one of them. {@code demo} marks made-up plans. An indicator's
 * {@code direction} defaults to the way from baseline to target (MAINTAIN is always said, with its
 * {@code tolerance}); its {@code targetDate} defaults to the plan's end.
 */
public record AdoptPlanRequest(
        @NotNull @Size(max = 80) @Pattern(regexp = PlanIds.PATTERN, message = PlanIds.MESSAGE) String id,
        @NotNull PlanKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(1) @Max(20) Integer generation,
        @NotNull LocalDate adoptedOn,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Valid BudgetRequest budget,
        @NotBlank @Size(max = 300) String leadInstitution,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> pillars,
        @NotNull @Size(max = 200) List<@NotNull @Valid IndicatorRequest> indicators,
        Boolean demo) {

    public record BudgetRequest(@NotNull @Positive BigDecimal amount,
                                @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
                                String currency) {
    }

    public record IndicatorRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,30}", message = "must be 1 to 30 letters, digits, . _ or -")
            String code,
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 100) String pillar,
            @NotBlank @Size(max = 50) String unit,
            @NotNull BigDecimal baseline,
            @NotNull BigDecimal target,
            IndicatorDirection direction,
            LocalDate targetDate,
            @PositiveOrZero BigDecimal tolerance) {
    }
}
