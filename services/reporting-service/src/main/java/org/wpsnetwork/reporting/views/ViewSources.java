package org.wpsnetwork.reporting.views;

import org.wpsnetwork.kit.projection.Projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The projections that build the views from each contract topic's events, in the order they apply a batch. The
 * consumers run them with the materialised views after them; a rebuild replays them alone, then materialises once.
 *
 * @param byTopic by contract topic name ({@code wps.nap.events})
 */
public record ViewSources(Map<String, List<Projection>> byTopic) {

    public ViewSources {
        byTopic = Map.copyOf(new TreeMap<>(byTopic));
    }

    public List<Projection> of(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    /** The topic's projections, then the materialised views. */
    public List<Projection> withMaterialised(String topic, MaterialisedViews materialised) {
        List<Projection> projections = new ArrayList<>(of(topic));
        projections.add(materialised);
        return projections;
    }
}
