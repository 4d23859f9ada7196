package org.wpsnetwork.nap.references;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Service;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The network's catalogue of reference indicators, which the secretariat keeps. */
@Service
public class ReferenceIndicators {

    private final AggregateStore<ReferenceIndicator> entries;

    ReferenceIndicators(MongoDatabase database, OutboxSupport outbox) {
        this.entries = new AggregateStore<>("Reference indicator", database.getCollection("reference_indicators"),
                ReferenceIndicator.class, outbox);
    }

    public Created<ReferenceIndicator> define(ReferenceIndicatorRequest request, IdempotentRequest idempotency) {
        String code = entries.claimId(idempotency, request.code());
        return entries.create(code, ReferenceIndicator.define(request), idempotency);
    }

    public Versioned<ReferenceIndicator> revise(String code, String ifMatch, ReferenceIndicatorRequest request) {
        if (!request.code().equals(code)) {
            throw ApiProblemException.ruleViolated("A reference indicator keeps its code", List.of(
                    FieldViolation.of("code", "must be " + code + ", the code in the path", request.code())));
        }
        Versioned<ReferenceIndicator> current = entries.getMatching(code, ifMatch);
        return entries.update(code, current, current.state().revise(request));
    }

    public Versioned<ReferenceIndicator> get(String code) {
        return entries.get(code);
    }

    public List<Versioned<ReferenceIndicator>> all() {
        return entries.findAll(Filters.empty(), Sorts.ascending("_id"));
    }

    /** The catalogue by code, for checking the references of a plan's indicators. */
    public Map<String, ReferenceIndicator> byCode() {
        return all().stream().map(Versioned::state)
                .collect(Collectors.toMap(ReferenceIndicator::code, Function.identity()));
    }
}
