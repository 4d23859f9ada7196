package org.wpsnetwork.benchmarks;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.MeetingsEvents;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MembershipEvents;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.ActionPlanAdopted;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Indicator;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.NapEvents;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportSubmitted;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.nap.RecommendationStatus;
import org.wpsnetwork.contracts.nap.ReportState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A made-up network, written straight to the topics in the project's own envelope and event types: {@code members}
 * members (regional organizations every tenth), two capital-level meetings a year for ten years (every member
 * attending, five recommendations each), three plan generations per member and monthly progress reports, each
 * submitted, returned and corrected three times, then validated: about {@code 8 + 8 × reports} events per member.
 * Every member code starts with {@code SYN}, every plan and report is marked as demo data.
 */
final class SyntheticNetwork {

    static final int YEARS = 10;
    static final LocalDate START = LocalDate.of(2016, 1, 1);
    private static final int MEETINGS_PER_YEAR = 2;
    private static final int RECOMMENDATIONS_PER_MEETING = 5;
    private static final int EVENTS_PER_REPORT = 8;
    private static final Actor SECRETARIAT = new Actor("benchmark", "Benchmark", "secretariat", null);

    /** How many events of each topic were written, and how long it took. */
    record Written(Map<String, Long> byTopic, long bytes, long millis) {

        long events() {
            return byTopic.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final EventCodec codec = new EventCodec();
    private final int members;
    private final int reportsPerMember;

    /** A network of {@code members} with about {@code events} events in all. */
    SyntheticNetwork(int members, long events) {
        this.members = members;
        long perMember = Math.max(EVENTS_PER_REPORT, events / members - 8);
        this.reportsPerMember = (int) Math.min(YEARS * 12, Math.max(1, perMember / EVENTS_PER_REPORT));
    }

    static String code(int i) {
        return String.format("SYN%05d", i);
    }

    Written writeTo(String kafka, String topicPrefix) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] bytes = {0};
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            Sink sink = (topic, key, event) -> {
                byte[] value = codec.encode(event);
                bytes[0] += value.length;
                counts.merge(topic, 1L, Long::sum);
                producer.send(new ProducerRecord<>(topicPrefix + topic, key, value));
            };
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                codes.add(code(i));
            }
            for (int i = 0; i < members; i++) {
                member(i, sink);
            }
            meetings(codes, sink);
            for (int i = 0; i < members; i++) {
                plansAndReports(i, sink);
            }
            producer.flush();
        }
        return new Written(counts, bytes[0], (System.nanoTime() - started) / 1_000_000);
    }

    private interface Sink {
        void write(String topic, String key, EventEnvelope<?> event);
    }

    private void member(int i, Sink sink) {
        String code = code(i);
        MemberType type = i % 10 == 0 ? MemberType.REGIONAL_ORGANIZATION : MemberType.STATE;
        Region region = Region.values()[i % Region.values().length];
        MemberSnapshot member = new MemberSnapshot(code, "Synthetic member " + i, type, region, MemberStatus.ACTIVE,
                START, null, null);
        sink.write(Topics.MEMBERSHIP, code, envelope(MembershipEvents.MEMBER_ADMITTED, code, 1, "membership-service",
                new MemberAdmitted(member)));
        for (int v = 2; v <= 5; v++) {
            member = new MemberSnapshot(code, "Synthetic member " + i + " (" + v + ")", type, region,
                    MemberStatus.ACTIVE, START, null, null);
            sink.write(Topics.MEMBERSHIP, code, envelope(MembershipEvents.MEMBER_PROFILE_UPDATED, code, v,
                    "membership-service", new MemberProfileUpdated(member, List.of("name"))));
        }
    }

    private void meetings(List<String> codes, Sink sink) {
        for (int year = 0; year < YEARS; year++) {
            for (int m = 0; m < MEETINGS_PER_YEAR; m++) {
                String id = "syn-" + (START.getYear() + year) + "-" + m;
                LocalDate on = START.plusYears(year).plusMonths(6L * m + 2);
                MeetingSnapshot meeting = new MeetingSnapshot(id, MeetingKind.CAPITAL_LEVEL, null,
                        "Synthetic meeting " + id, null, on, on.plusDays(1), DatePrecision.DAY, "Geneva", "CHE",
                        List.of(), List.of(), MeetingStatus.HELD, List.of(), List.of(), false, List.of(), null);
                sink.write(Topics.MEETINGS, id, envelope(MeetingsEvents.MEETING_SCHEDULED, id, 1, "meetings-service",
                        new MeetingScheduled(meeting)));
                meeting = copy(meeting, codes, List.of(), null);
                sink.write(Topics.MEETINGS, id, envelope(MeetingsEvents.ATTENDANCE_RECORDED, id, 2,
                        "meetings-service", new AttendanceRecorded(meeting, codes, List.of())));
                List<Recommendation> recommendations = new ArrayList<>();
                for (int r = 0; r < RECOMMENDATIONS_PER_MEETING; r++) {
                    recommendations.add(new Recommendation(id + "-" + r, RecommendationTheme.values()[r
                            % RecommendationTheme.values().length], Addressee.ALL_MEMBERS,
                            "Synthetic recommendation " + r + " of " + id + ".", r + "."));
                }
                meeting = copy(meeting, codes, recommendations, on.plusDays(1));
                sink.write(Topics.MEETINGS, id, envelope(MeetingsEvents.COMMUNIQUE_ADOPTED, id, 3, "meetings-service",
                        new CommuniqueAdopted(meeting, on.plusDays(1))));
            }
        }
    }

    private static MeetingSnapshot copy(MeetingSnapshot m, List<String> attendees, List<Recommendation> recommendations,
                                        LocalDate adoptedOn) {
        return new MeetingSnapshot(m.id(), m.kind(), m.ordinal(), m.title(), m.theme(), m.startDate(), m.endDate(),
                m.datePrecision(), m.city(), m.countryCode(), m.hostCodes(), m.coChairCodes(), m.status(),
                m.statedFigures(), attendees, true, recommendations, adoptedOn);
    }

    private void plansAndReports(int i, Sink sink) {
        String code = code(i);
        PlanKind kind = i % 10 == 0 ? PlanKind.STRATEGY : PlanKind.NAP;
        List<ActionPlanSnapshot> plans = new ArrayList<>();
        for (int generation = 1; generation <= 3; generation++) {
            LocalDate from = START.plusYears(4L * (generation - 1));
            ActionPlanSnapshot plan = new ActionPlanSnapshot(code.toLowerCase() + "-plan-" + generation, code, kind,
                    "Synthetic plan " + generation + " of " + code, generation, from, from, from.plusYears(4).minusDays(1),
                    null, "Ministry of Foreign Affairs", List.of("PARTICIPATION", "PROTECTION"),
                    List.of(new Indicator("P1", "Women among negotiators", "PARTICIPATION", "%", BigDecimal.TEN,
                                    BigDecimal.valueOf(40), IndicatorDirection.INCREASE, null, null, null, null, null,
                                    null, null, "WPS-PARTICIPATION-1"),
                            new Indicator("S1", "Shelters for survivors", "PROTECTION", "number", BigDecimal.valueOf(4),
                                    BigDecimal.valueOf(12), IndicatorDirection.INCREASE, null, null, null, null, null,
                                    null, null, null)),
                    List.of(), true, List.of(), null, null);
            plans.add(plan);
            sink.write(Topics.NAP, code, envelope(NapEvents.ACTION_PLAN_ADOPTED, plan.id(), 1,
                    "nap-monitoring-service", new ActionPlanAdopted(plan)));
        }
        int monthsPerReport = Math.max(1, YEARS * 12 / reportsPerMember);
        for (int r = 0; r < reportsPerMember; r++) {
            LocalDate from = START.plusMonths((long) r * monthsPerReport);
            LocalDate to = from.plusMonths(monthsPerReport).minusDays(1);
            ActionPlanSnapshot plan = plans.get(Math.min(2, (from.getYear() - START.getYear()) / 4));
            String id = code.toLowerCase() + "-report-" + r;
            String recommendation = "syn-" + from.getYear() + "-0-" + (r % RECOMMENDATIONS_PER_MEETING);
            for (int v = 1; v <= EVENTS_PER_REPORT; v++) {
                int revision = (v + 1) / 2;
                ReportState state = v == EVENTS_PER_REPORT ? ReportState.VALIDATED
                        : v % 2 == 0 ? ReportState.RETURNED : ReportState.SUBMITTED;
                ProgressReportSnapshot report = new ProgressReportSnapshot(id, plan.id(), code, from, to,
                        List.of(IndicatorValue.of("P1", BigDecimal.valueOf(10 + (r + revision) % 30), null),
                                IndicatorValue.of("S1", BigDecimal.valueOf(4 + r % 8), null)),
                        List.of(new RecommendationStatus(recommendation, Completion.values()[(r + v) % 4], null, null)),
                        "Focal point of " + code, to.plusDays(20), state, revision, true, List.of());
                Object payload = v == 1 ? new ProgressReportSubmitted(report)
                        : state == ReportState.RETURNED ? new ProgressReportReturned(report, "Evidence missing", "UN Women")
                        : state == ReportState.VALIDATED ? new ProgressReportValidated(report, "UN Women")
                        : new ProgressReportCorrected(report, "Corrected figures");
                sink.write(Topics.NAP, code, envelope(typeOf(payload), id, v, "nap-monitoring-service", payload));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static EventType<Object> typeOf(Object payload) {
        EventType<?> type = payload instanceof ProgressReportSubmitted ? NapEvents.PROGRESS_REPORT_SUBMITTED
                : payload instanceof ProgressReportReturned ? NapEvents.PROGRESS_REPORT_RETURNED
                : payload instanceof ProgressReportValidated ? NapEvents.PROGRESS_REPORT_VALIDATED
                : NapEvents.PROGRESS_REPORT_CORRECTED;
        return (EventType<Object>) type;
    }

    private static <P> EventEnvelope<P> envelope(EventType<P> type, String aggregateId, long version, String producer,
                                                 P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                aggregateId, version, Instant.now(), producer, aggregateId + "-" + version, SECRETARIAT, payload);
    }
}
