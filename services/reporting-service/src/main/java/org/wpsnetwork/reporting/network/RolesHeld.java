package org.wpsnetwork.reporting.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.contracts.membership.NetworkRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the role views: what a member held, and the network's leadership by year. */
@Component
public class RolesHeld {

    /** One role a member held in one year. */
    public record RoleHeld(int year, NetworkRole role) {
    }

    /** The whole leadership of one year. */
    public record Leadership(int year, List<Assignment> assignments) {
    }

    public record Assignment(String memberCode, NetworkRole role) {
    }

    private final MongoCollection<Document> views;

    RolesHeld(ViewStore store) {
        this.views = store.collection(RoleViewProjection.COLLECTION);
    }

    /** Newest year first. */
    public List<RoleHeld> byMember(String code) {
        List<RoleHeld> held = new ArrayList<>();
        for (Document year : views.find(Filters.eq("assignments.memberCode", code)).sort(Sorts.descending("year"))) {
            for (Document assignment : year.getList("assignments", Document.class)) {
                if (code.equals(assignment.getString("memberCode"))) {
                    held.add(new RoleHeld(year.getInteger("year"), NetworkRole.valueOf(assignment.getString("role"))));
                }
            }
        }
        return held;
    }

    /** The leadership of the most recent year on record, if any. */
    public Optional<Leadership> latest() {
        return Optional.ofNullable(views.find().sort(Sorts.descending("year")).first())
                .map(year -> new Leadership(year.getInteger("year"), year.getList("assignments", Document.class).stream()
                        .map(a -> new Assignment(a.getString("memberCode"), NetworkRole.valueOf(a.getString("role"))))
                        .toList()));
    }
}
