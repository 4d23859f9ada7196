package org.wpsnetwork.nap.references;

import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.ReferenceIndicatorDefined;
import org.wpsnetwork.contracts.nap.ReferenceIndicatorSnapshot;
import org.wpsnetwork.kit.events.Change;

import static org.wpsnetwork.contracts.nap.NapEvents.REFERENCE_INDICATOR_DEFINED;

/**
 * An indicator of the network's catalogue (see {@link ReferenceIndicatorSnapshot}). Immutable: defining or revising
 * it gives the entry afterwards and the event that says so; revising it to what it already is changes nothing.
 */
public record ReferenceIndicator(String code, String name, String pillar, IndicatorKind kind, String unit,
                                 IndicatorDirection direction) {

    /** A new entry of the catalogue, as a request describes it. */
    static Change<ReferenceIndicator> define(ReferenceIndicatorRequest request) {
        ReferenceIndicator defined = request.entry();
        return Change.of(defined, REFERENCE_INDICATOR_DEFINED, new ReferenceIndicatorDefined(defined.snapshot()));
    }

    /** This entry as {@code request} revises it (its code stays). */
    Change<ReferenceIndicator> revise(ReferenceIndicatorRequest request) {
        ReferenceIndicator revised = request.entry();
        if (revised.equals(this)) {
            return Change.none(this);
        }
        return Change.of(revised, REFERENCE_INDICATOR_DEFINED, new ReferenceIndicatorDefined(revised.snapshot()));
    }

    ReferenceIndicatorSnapshot snapshot() {
        return new ReferenceIndicatorSnapshot(code, name, pillar, kind, unit, direction);
    }
}
