package org.wpsnetwork.nap.references;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;

/**
 * An entry of the network's catalogue of reference indicators. {@code code} is dotted capitals, pillar first
 * ({@code PARTICIPATION.NEGOTIATORS}); on a revision it must be the code in the path.
 */
public record ReferenceIndicatorRequest(
        @NotNull @Size(max = 60) @Pattern(regexp = PATTERN, message = MESSAGE) String code,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 100) String pillar,
        @NotNull IndicatorKind kind,
        @Size(min = 1, max = 50) String unit,
        @NotNull IndicatorDirection direction) {

    /** What a reference indicator's code looks like, wherever one is given. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)+";
    public static final String MESSAGE = "must be dotted capitals, pillar first, like PARTICIPATION.NEGOTIATORS";

    ReferenceIndicator entry() {
        return new ReferenceIndicator(code, name.trim(), pillar.trim(), kind, unit == null ? null : unit.trim(),
                direction);
    }
}
