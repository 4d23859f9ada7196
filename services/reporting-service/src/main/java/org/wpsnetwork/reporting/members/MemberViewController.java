package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.reporting.network.RolesHeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
@Tag(name = "Member views", description = "Everything the network knows about one member")
class MemberViewController {

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper;
    private final RolesHeld roles;
    private final ProjectionCheckpoints checkpoints;

    MemberViewController(MongoDatabase database, DocumentMapper mapper, RolesHeld roles,
                         ProjectionCheckpoints checkpoints) {
        this.views = database.getCollection(MemberViewProjection.COLLECTION);
        this.mapper = mapper;
        this.roles = roles;
        this.checkpoints = checkpoints;
    }

    /** One line per member, for lists and dashboards. */
    record MemberSummary(String code, String name, MemberType type, Region region, MemberStatus status,
                         LocalDate joinedOn, LocalDate withdrawnOn, String focalPoint) {
    }

    /** The members in the reports, sorted by code. */
    record MemberList(List<MemberSummary> members, Instant asOf) {
    }

    @GetMapping("/api/v1/reports/members")
    @Operation(summary = "Every member in the reports, sorted by code", description = "Every filter is optional")
    MemberList members(@RequestParam(required = false) MemberType type,
                       @RequestParam(required = false) MemberStatus status,
                       @RequestParam(required = false) Region region) {
        List<Bson> filters = new ArrayList<>();
        if (type != null) {
            filters.add(Filters.eq("member.type", type.name()));
        }
        if (status != null) {
            filters.add(Filters.eq("member.status", status.name()));
        }
        if (region != null) {
            filters.add(Filters.eq("member.region", region.name()));
        }
        List<MemberSummary> members = new ArrayList<>();
        for (Document view : views.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.ascending("_id"))) {
            MemberSnapshot member = mapper.fromDocument(view.get("member", Document.class), MemberSnapshot.class);
            members.add(new MemberSummary(member.code(), member.name(), member.type(), member.region(), member.status(),
                    member.joinedOn(), member.withdrawnOn(),
                    member.focalPoint() == null ? null : member.focalPoint().name()));
        }
        return new MemberList(members, checkpoints.newest().orElse(null));
    }

    @GetMapping("/api/v1/reports/members/{code}")
    @Operation(summary = "The progress view of one member", description = "Profile, status, focal point and "
            + "roles by year; asOf is the time of the newest event applied")
    MemberView member(@PathVariable String code) {
        Document view = views.find(Filters.eq("_id", code)).first();
        if (view == null) {
            throw ApiProblemException.notFound("No member '" + code + "' in the reports"
                    + checkpoints.newest().map(asOf -> " as of " + asOf).orElse(" yet"));
        }
        MemberSnapshot member = mapper.fromDocument(view.get("member", Document.class), MemberSnapshot.class);
        return new MemberView(member, roles.byMember(code), checkpoints.asOf(view).orElse(null));
    }
}
