package org.wpsnetwork.kit.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.wpsnetwork.kit.web.PageRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list the database filters, sorts and pages itself, and how many match in all. */
public record FoundPage<T>(List<T> items, long total) {

    /** {@code filters} that are null (a filter not asked for) are left out; none matches everything. */
    public static <T> FoundPage<T> find(MongoCollection<Document> collection, Bson sort, PageRequest page,
                                        Function<Document, T> read, Bson... filters) {
        List<Bson> asked = Arrays.stream(filters).filter(Objects::nonNull).toList();
        Bson filter = asked.isEmpty() ? Filters.empty() : Filters.and(asked);
        List<T> items = new ArrayList<>();
        collection.find(filter).sort(sort).skip((int) page.offset()).limit(page.limit())
                .forEach(document -> items.add(read.apply(document)));
        return new FoundPage<>(items, collection.countDocuments(filter));
    }
}
