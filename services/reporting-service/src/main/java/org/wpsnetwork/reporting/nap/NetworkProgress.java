package org.wpsnetwork.reporting.nap;

import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.kit.replicas.MemberReplica;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The progress of every active member as of today, for the network-wide views. */
@Component
public class NetworkProgress {

    /** Active members with their progress; {@code skippedRecords} could not be read and are not counted. */
    public record Snapshot(Map<MemberSnapshot, MemberProgress> members, boolean includesDemoData,
                           List<String> skippedRecords) {
    }

    private final MemberReplica members;
    private final NapViews nap;
    private final Clock clock;
    private final ProgressThresholds thresholds;

    NetworkProgress(MemberReplica members, NapViews nap, Clock clock, ProgressThresholds thresholds) {
        this.thresholds = thresholds;
        this.members = members;
        this.nap = nap;
        this.clock = clock;
    }

    public Snapshot now() {
        LocalDate today = LocalDate.now(clock);
        NapViews.Nap all = nap.of(null);
        Map<String, List<ActionPlanSnapshot>> plans = all.plans().stream()
                .collect(Collectors.groupingBy(ActionPlanSnapshot::memberCode));
        Map<String, List<ProgressReportSnapshot>> reports = all.reports().stream()
                .collect(Collectors.groupingBy(ProgressReportSnapshot::memberCode));
        Map<MemberSnapshot, MemberProgress> progress = new LinkedHashMap<>();
        boolean demo = false;
        for (MemberSnapshot member : members.list(null, MemberStatus.ACTIVE, null)) {
            MemberProgress memberProgress = MemberProgress.of(plans.getOrDefault(member.code(), List.of()),
                    reports.getOrDefault(member.code(), List.of()), today, thresholds);
            progress.put(member, memberProgress);
            demo |= memberProgress.includesDemoData();
        }
        return new Snapshot(progress, demo, all.skipped());
    }
}
