package org.wpsnetwork.contracts;

import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingChange;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.MeetingsEvents;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationAdded;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.meetings.StatedFigure;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.nap.ActionPlanAdopted;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.ActionPlanCorrected;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Budget;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Extension;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverrideWithdrawn;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.NapEvents;
import org.wpsnetwork.contracts.nap.Narrative;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.ProgressReportChange;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportEvidenceAdded;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.nap.ProgressStatus;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReferenceIndicatorDefined;
import org.wpsnetwork.contracts.nap.ReferenceIndicatorSnapshot;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.contracts.nap.ReportingFrequency;
import org.wpsnetwork.contracts.nap.StatusOverride;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.MembershipEvents;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One realistic sample of every event type, as a producer would publish it. */
final class SampleEvents {

    static final FocalPoint FOCAL_POINT = new FocalPoint("Ana Pérez", "Director for Human Rights",
            "Ministry of Foreign Affairs", "ana.perez@example.org", LocalDate.of(2023, 3, 1));
    static final MemberSnapshot ARGENTINA = new MemberSnapshot("ARG", "Argentina", MemberType.STATE,
            Region.AMERICAS, MemberStatus.ACTIVE, LocalDate.of(2016, 9, 23), null, FOCAL_POINT);

    static final Recommendation RECOMMENDATION = new Recommendation("geneva-2022-8",
            RecommendationTheme.ACCOUNTABILITY_MONITORING, Addressee.MEMBER_STATES,
            "Make the monitoring and reporting of national action plans more systematic and resource it.", "8");
    static final MeetingSnapshot GENEVA = new MeetingSnapshot("geneva-2022", MeetingKind.CAPITAL_LEVEL, 4,
            "Fourth capital-level meeting", "Partnering for Change", LocalDate.of(2022, 5, 18),
            LocalDate.of(2022, 5, 19), DatePrecision.DAY, "Geneva", "CHE", List.of("CHE", "ZAF"), List.of("CHE", "ZAF"),
            MeetingStatus.HELD, List.of(new StatedFigure(NetworkFigure.MEMBERS, 100, StatedFigure.Qualifier.EXACTLY,
                    LocalDate.of(2023, 6, 6))),
            List.of("ARG", "AU"), true, List.of(RECOMMENDATION), LocalDate.of(2022, 5, 19));

    /** A version 2 plan: one indicator of every kind, one broken down by sex. */
    static final ActionPlanSnapshot PLAN = plan(List.of(
            new Indicator("P1", "Women among peace negotiators", "PARTICIPATION", "%", new BigDecimal("12.5"),
                    new BigDecimal("40"), IndicatorDirection.INCREASE, LocalDate.of(2026, 6, 30), null,
                    IndicatorKind.PERCENT, null, List.of(), null, List.of(), null),
            new Indicator("V1", "Cases of violence against women pending trial", "PROTECTION", "cases",
                    new BigDecimal("300"), new BigDecimal("120"), IndicatorDirection.DECREASE, null, null,
                    IndicatorKind.COUNT, null, List.of(), null, List.of(Dimension.SEX), null),
            new Indicator("B1", "Budget for WPS programmes", "PREVENTION", "USD", new BigDecimal("2000000"),
                    new BigDecimal("2000000"), IndicatorDirection.MAINTAIN, null, new BigDecimal("100000"),
                    IndicatorKind.CURRENCY, "USD", List.of(), null, List.of(), null),
            new Indicator("L1", "Law on quotas in security services adopted", "PARTICIPATION", null, null, null,
                    IndicatorDirection.INCREASE, null, null, IndicatorKind.YES_NO, null, List.of(), null, List.of(), null),
            new Indicator("M1", "National monitoring mechanism", "PROTECTION", null, null, null,
                    IndicatorDirection.INCREASE, null, null, IndicatorKind.MILESTONE, null,
                    List.of("Drafted", "Approved by cabinet", "Operational"), "Drafted", List.of(), null)));
    /** The same plan as schema version 1 wrote it: numbers only, no kinds. */
    static final ActionPlanSnapshot PLAN_V1 = plan(List.of(new Indicator("P1", "Women among peace negotiators",
            "PARTICIPATION", "%", new BigDecimal("12.5"), new BigDecimal("40"), null, null, null, null, null,
            null, null, null, null)));
    static final ProgressReportSnapshot REPORT = report(List.of(
            IndicatorValue.of("P1", new BigDecimal("18.0"), "Two new negotiators"),
            new IndicatorValue("V1", new BigDecimal("250"), null, null, null, null, List.of(
                    new CategoryValue(Dimension.SEX, "WOMEN", new BigDecimal("230")),
                    new CategoryValue(Dimension.SEX, "MEN", new BigDecimal("20")))),
            new IndicatorValue("L1", null, null, true, LocalDate.of(2024, 5, 2), null, List.of()),
            new IndicatorValue("M1", null, null, null, null, "Approved by cabinet", List.of())), List.of(
            new Evidence("Annual court statistics 2024", "https://example.org/courts/2024.pdf",
                    EvidenceKind.DATASET, Evidence.Visibility.PUBLIC, "V1", null, null)));
    static final ProgressReportSnapshot REPORT_V1 = report(List.of(IndicatorValue.of("P1", new BigDecimal("18.0"),
            "Two new negotiators")), List.of());

    static final Evidence DOCUMENT = new Evidence("Court backlog audit", null, EvidenceKind.PUBLICATION,
            Evidence.Visibility.PRIVATE, "V1", null, new Evidence.Document("66f1c0ffee0000000000002a", "audit.pdf",
            "application/pdf", 48_213));
    static final StatusOverride OVERRIDE = new StatusOverride("V1", ProgressStatus.MODERATE,
            "Court backlog figures exclude two provinces", new Actor("9c2e", "Sam Okafor", "secretariat", null),
            Instant.parse("2026-06-10T09:00:00Z"));

    private static ActionPlanSnapshot plan(List<Indicator> indicators) {
        return plan(indicators, List.of());
    }

    private static ActionPlanSnapshot plan(List<Indicator> indicators, List<StatusOverride> overrides) {
        return new ActionPlanSnapshot("arg-nap-2", "ARG", PlanKind.NAP,
                "Second National Action Plan on Women, Peace and Security", 2, LocalDate.of(2023, 3, 8),
                LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31), new Budget(new BigDecimal("1250000.00"), "USD"),
                "Ministry of Foreign Affairs", List.of("PARTICIPATION", "PROTECTION", "PREVENTION"), indicators,
                List.of(new Extension(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31),
                        "Elections delayed the review", LocalDate.of(2025, 6, 1))), false, overrides,
                ReportingFrequency.SEMI_ANNUAL, 60);
    }

    private static ProgressReportSnapshot report(List<IndicatorValue> values, List<Evidence> evidence) {
        return new ProgressReportSnapshot("rpt-7f3a21", "arg-nap-2", "ARG", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), values,
                List.of(new RecommendationStatus("geneva-2022-8", Completion.SUBSTANTIAL, null, new Narrative(
                        "Se creó la red nacional de mediadoras", "Recortes presupuestarios", null, "es"))),
                "Ana Pérez", LocalDate.of(2025, 2, 3), ReportState.SUBMITTED, 2, false, evidence);
    }

    static final Map<EventType<?>, Object> PAYLOADS = Stream.concat(Stream.<Map.Entry<EventType<?>, Object>>of(
            Map.entry(NapEvents.ACTION_PLAN_ADOPTED, new ActionPlanAdopted(PLAN)),
            Map.entry(NapEvents.ACTION_PLAN_EXTENDED, new ActionPlanExtended(PLAN, PLAN.extensions().get(0))),
            Map.entry(NapEvents.ACTION_PLAN_CORRECTED, new ActionPlanCorrected(PLAN, "Baseline stored unreadably")),
            Map.entry(NapEvents.PROGRESS_REPORT_SUBMITTED, new ProgressReportSubmitted(REPORT)),
            Map.entry(NapEvents.INDICATOR_STATUS_OVERRIDDEN, new IndicatorStatusOverridden(
                    plan(PLAN.indicators(), List.of(OVERRIDE)), OVERRIDE)),
            Map.entry(NapEvents.PROGRESS_REPORT_EVIDENCE_ADDED, new ProgressReportEvidenceAdded(REPORT, DOCUMENT)),
            Map.entry(NapEvents.REFERENCE_INDICATOR_DEFINED, new ReferenceIndicatorDefined(new ReferenceIndicatorSnapshot(
                    "PARTICIPATION.NEGOTIATORS", "Women among negotiators and mediators", "PARTICIPATION",
                    IndicatorKind.PERCENT, "%", IndicatorDirection.INCREASE))),
            Map.entry(NapEvents.INDICATOR_STATUS_OVERRIDE_WITHDRAWN, new IndicatorStatusOverrideWithdrawn(PLAN,
                    OVERRIDE)),
            Map.entry(NapEvents.PROGRESS_REPORT_CORRECTED, new ProgressReportCorrected(REPORT, "Wrong baseline year")),
            Map.entry(NapEvents.PROGRESS_REPORT_RETURNED, new ProgressReportReturned(REPORT, "Values missing",
                    "UN Women secretariat")),
            Map.entry(NapEvents.PROGRESS_REPORT_VALIDATED, new ProgressReportValidated(REPORT, "UN Women secretariat")),
            Map.entry(MeetingsEvents.MEETING_SCHEDULED, new MeetingScheduled(GENEVA)),
            Map.entry(MeetingsEvents.ATTENDANCE_RECORDED, new AttendanceRecorded(GENEVA, List.of("AU"), List.of("KEN"))),
            Map.entry(MeetingsEvents.RECOMMENDATION_ADDED, new RecommendationAdded(GENEVA, RECOMMENDATION)),
            Map.entry(MeetingsEvents.COMMUNIQUE_ADOPTED, new CommuniqueAdopted(GENEVA, LocalDate.of(2022, 5, 19))),
            Map.entry(MembershipEvents.MEMBER_ADMITTED, new MemberAdmitted(ARGENTINA)),
            Map.entry(MembershipEvents.MEMBER_PROFILE_UPDATED, new MemberProfileUpdated(ARGENTINA, List.of("name"))),
            Map.entry(MembershipEvents.MEMBER_WITHDREW, new MemberWithdrew(new MemberSnapshot("ARG", "Argentina",
                    MemberType.STATE, Region.AMERICAS, MemberStatus.WITHDRAWN, LocalDate.of(2016, 9, 23),
                    LocalDate.of(2025, 1, 31), null), LocalDate.of(2025, 1, 31), "Left by note verbale")),
            Map.entry(MembershipEvents.FOCAL_POINT_APPOINTED, new FocalPointAppointed(ARGENTINA, FOCAL_POINT, null)),
            Map.entry(MembershipEvents.FOCAL_POINT_VACATED, new FocalPointVacated(ARGENTINA, FOCAL_POINT)),
            Map.entry(MembershipEvents.NETWORK_ROLES_ASSIGNED, new NetworkRolesAssigned(2024,
                    List.of(new RoleAssignment("USA", NetworkRole.LEADERSHIP_QUAD),
                            new RoleAssignment("ROU", NetworkRole.LEADERSHIP_QUAD)),
                    List.of()))), napV1()).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private SampleEvents() {
    }

    /** Version 1 samples: the same events as they were written before indicator kinds. */
    private static Stream<Map.Entry<EventType<?>, Object>> napV1() {
        Map<String, Object> byName = Map.of(
                "ActionPlanAdopted", new ActionPlanAdopted(PLAN_V1),
                "ActionPlanExtended", new ActionPlanExtended(PLAN_V1, PLAN_V1.extensions().get(0)),
                "ActionPlanCorrected", new ActionPlanCorrected(PLAN_V1, "Baseline stored unreadably"),
                "ProgressReportSubmitted", new ProgressReportSubmitted(REPORT_V1),
                "ProgressReportCorrected", new ProgressReportCorrected(REPORT_V1, "Wrong baseline year"),
                "ProgressReportReturned", new ProgressReportReturned(REPORT_V1, "Values missing", "UN Women secretariat"),
                "ProgressReportValidated", new ProgressReportValidated(REPORT_V1, "UN Women secretariat"));
        return NapEvents.EARLIER.stream().map(type -> Map.entry(type, byName.get(type.name())));
    }

    static EventEnvelope<Object> of(EventType<?> type) {
        Object payload = PAYLOADS.get(type);
        String aggregateId = payload instanceof NetworkRolesAssigned roles ? String.valueOf(roles.year())
                : payload instanceof MeetingChange meeting ? meeting.meeting().id()
                : payload instanceof ActionPlanChange plan ? plan.plan().id()
                : payload instanceof ProgressReportChange report ? report.report().id()
                : payload instanceof ReferenceIndicatorDefined reference ? reference.indicator().code() : "ARG";
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                aggregateId, 3, Instant.parse("2026-06-09T08:30:00.123456Z"), "membership-service",
                "req-7f3a", new Actor("5b1c", "Ana Pérez", "focal-point", "ARG"), payload);
    }
}
