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
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.ReportingFrequency;
import org.wpsnetwork.nap.references.ReferenceIndicatorRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An action plan a member adopted: a NAP for a state, a RAP or STRATEGY for a regional organization. Pillars
 * are the four of resolution 1325 (PARTICIPATION, PROTECTION, PREVENTION, RELIEF_AND_RECOVERY) and any others
 * the plan names; every indicator belongs to one of them. {@code demo} marks made-up plans. An indicator's
 * {@code direction} defaults to the way from baseline to target (MAINTAIN is always said, with its
 * {@code tolerance}); its {@code targetDate} defaults to the plan's end. The member reports on the plan
 * {@code reportingFrequency} (default ANNUAL), each report on time until {@code gracePeriodDays} (0 to 365, default
 * 90) after its period ends.
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
        Boolean demo,
        ReportingFrequency reportingFrequency,
        @Min(0) @Max(365) Integer gracePeriodDays) {

    public record BudgetRequest(@NotNull @Positive BigDecimal amount,
                                @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
                                String currency) {
    }

    /**
     * One indicator. {@code kind} defaults to NUMBER; {@code unit} to "%" for PERCENT and to the currency for
     * CURRENCY. Which fields a kind needs is checked against the plan (422), as the README's table says.
     */
    public record IndicatorRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,30}", message = "must be 1 to 30 letters, digits, . _ or -")
            String code,
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 100) String pillar,
            IndicatorKind kind,
            @Size(min = 1, max = 50) String unit,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction,
            LocalDate targetDate,
            @PositiveOrZero BigDecimal tolerance,
            @Size(max = MAX_STAGES) List<@NotBlank @Size(max = 100) String> stages,
            @Size(min = 1, max = 100) String baselineStage,
            @Size(max = 4) List<@NotNull Dimension> dimensions,
            @Size(max = 60) @Pattern(regexp = ReferenceIndicatorRequest.PATTERN,
                    message = ReferenceIndicatorRequest.MESSAGE) String reference) {

        /** The most stages a milestone indicator declares. */
        static final int MAX_STAGES = 12;

        /** The indicator this request describes, in a plan ending {@code planEnd}. */
        Indicator indicator(LocalDate planEnd) {
            IndicatorKind given = kind == null ? IndicatorKind.NUMBER : kind;
            String unitOrDefault = unit != null ? unit.trim()
                    : given == IndicatorKind.PERCENT ? "%" : given == IndicatorKind.CURRENCY ? currency : null;
            return new Indicator(code, description.trim(), pillar.trim(), unitOrDefault, baseline, target, direction,
                    targetDate == null ? planEnd : targetDate, tolerance, given, currency,
                    stages == null ? List.of() : stages.stream().map(String::trim).toList(),
                    baselineStage == null ? null : baselineStage.trim(), dimensions, reference);
        }
    }
}
