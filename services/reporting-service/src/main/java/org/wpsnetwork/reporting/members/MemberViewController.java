package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.reporting.network.RolesHeld;

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
        return new MemberView(member.code(), member.name(), member.type(), member.region(), member.status(),
                member.joinedOn(), member.withdrawnOn(), member.focalPoint(), roles.byMember(code),
                checkpoints.asOf(view).orElse(null));
    }
}
