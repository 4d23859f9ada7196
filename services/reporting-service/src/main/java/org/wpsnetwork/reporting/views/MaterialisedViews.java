package org.wpsnetwork.reporting.views;

import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.meetings.MeetingChange;
import org.wpsnetwork.contracts.membership.MemberChange;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.ProgressReportChange;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.reporting.members.MemberViews;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last step of every topic's batch: rewrites the member views the batch touched (every member's, for a meeting
 * or the network's roles, which show in all of them), then the network's views. The base views it reads (replicas,
 * plans, reports, roles) were written by the projections before it in the same batch.
 */
@Component
public class MaterialisedViews implements Projection {

    private final MemberViews members;
    private final NetworkViews network;

    MaterialisedViews(MemberViews members, NetworkViews network) {
        this.members = members;
        this.network = network;
    }

    @Override
    public String name() {
        return "materialised-views";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        Set<String> codes = new HashSet<>();
        boolean everyMember = false;
        boolean[] shown = new boolean[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Object payload = events.get(i).payload();
            String code = payload instanceof MemberChange change ? change.member().code()
                    : payload instanceof ActionPlanChange change ? change.plan().memberCode()
                    : payload instanceof ProgressReportChange change ? change.report().memberCode() : null;
            boolean everyone = payload instanceof MeetingChange || payload instanceof NetworkRolesAssigned;
            if (code != null) {
                codes.add(code);
            }
            everyMember |= everyone;
            shown[i] = code != null || everyone;
        }
        int changed = everyMember ? members.refreshAll() : members.refresh(codes);
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (boolean relevant : shown) {
            outcomes.add(!relevant ? Outcome.IGNORED : changed > 0 ? Outcome.APPLIED : Outcome.DUPLICATE);
        }
        if (changed > 0) {
            network.refresh();
        }
        return outcomes;
    }
}
