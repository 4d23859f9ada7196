package org.wpsnetwork.seed.demo;

import org.wpsnetwork.seed.ServiceClient;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.wpsnetwork.seed.ServiceClient.expect;

/**
 * Makes up plausible action plans and progress reports for demonstrations and load tests, and records them
 * through the public APIs like any client. The network's documents give no per-member plan details, so every
 * record made here carries {@code demo: true} and the views show it as demo data. Deterministic for a given seed
 * (periods are placed around the day of the first run); running it again changes nothing that day (plans exist,
 * reports carry idempotency keys), and on a later day only adds the yearly reports that have fallen due since.
 */
public final class DemoDataGenerator {

    /** What to make: the share of active members given plans, reports per plan (yearly), and the random seed. */
    public record Options(double shareOfMembers, int reportsPerPlan, long seed) {

        public static final Options DEMO = new Options(0.75, 3, 1325);
    }

    /** The demo plans now in place, and the reports made by this run (those earlier runs made are counted apart). */
    public record Result(int plans, int reports, int validated, int returnedAndCorrected, int reportsAlreadyThere,
                         Duration took) {
    }

    private static final List<String> PILLARS = List.of("PARTICIPATION", "PROTECTION", "PREVENTION",
            "RELIEF_AND_RECOVERY");
    private final ServiceClient membership;
    private final ServiceClient meetings;
    private final ServiceClient nap;
    private final PrintStream out;
    private final Clock clock;

    /** @param accessToken the tools client's tokens: demo reports are entered as the secretariat would */
    public DemoDataGenerator(URI membershipService, URI meetingsService, URI napService, Supplier<String> accessToken,
                             PrintStream out, Clock clock) {
        this.membership = new ServiceClient("membership-service", membershipService, accessToken);
        this.meetings = new ServiceClient("meetings-service", meetingsService, accessToken);
        this.nap = new ServiceClient("nap-monitoring-service", napService, accessToken);
        this.out = out;
        this.clock = clock;
    }

    public Result run(Options options) {
        long started = System.nanoTime();
        JsonNode members = expect(membership.get("/api/v1/members?status=ACTIVE"), 200, membership, "the members").body();
        List<JsonNode> recommendations = new ArrayList<>();
        expect(meetings.get("/api/v1/recommendations"), 200, meetings, "the recommendations").body().forEach(r -> {
            if (!r.path("adoptedOn").isNull() && !r.path("adoptedOn").isMissingNode()) {
                recommendations.add(r);
            }
        });
        out.printf("Making demo data: plans for about %.0f %% of %d active members, %d reports each (seed %d)%n",
                100 * options.shareOfMembers(), members.size(), options.reportsPerPlan(), options.seed());
        int plans = 0;
        int reports = 0;
        int validated = 0;
        int corrected = 0;
        int alreadyThere = 0;
        for (JsonNode member : members) {
            // One random sequence per member: what a member gets never depends on what the others got, or on
            // which of its records an earlier run already made.
            Random random = new Random(options.seed() * 31 + member.path("code").asString().hashCode());
            if (random.nextDouble() >= options.shareOfMembers()) {
                continue;
            }
            Plan plan = planInForce(plan(member, random));
            if (plan == null) {
                continue;
            }
            plans++;
            List<JsonNode> addressed = addressedTo(member.path("type").asString(), recommendations);
            // Some members fall behind, a few never report, so the dashboards show every reporting status.
            double diligence = random.nextDouble();
            int behind = diligence < 0.10 ? options.reportsPerPlan() : diligence < 0.30 ? 1 + random.nextInt(2) : 0;
            for (int year = 0; year < options.reportsPerPlan() - behind; year++) {
                LocalDate from = plan.start.plusYears(year);
                LocalDate to = from.plusYears(1).minusDays(1);
                if (to.isAfter(plan.end) || to.isAfter(LocalDate.now(clock).minusMonths(1))) {
                    break;
                }
                Outcome outcome = report(plan, from, to, year + 1, options.reportsPerPlan(), addressed, random,
                        plan.reportedUpTo().contains(to.toString()));
                alreadyThere += outcome == Outcome.ALREADY_MADE ? 1 : 0;
                reports += outcome == Outcome.ALREADY_MADE ? 0 : 1;
                validated += outcome == Outcome.VALIDATED ? 1 : 0;
                corrected += outcome == Outcome.RETURNED_AND_CORRECTED ? 1 : 0;
            }
            if (plans % 10 == 0) {
                out.printf("  %d plans, %d reports so far%n", plans, reports);
            }
        }
        Result result = new Result(plans, reports, validated, corrected, alreadyThere,
                Duration.ofNanos(System.nanoTime() - started));
        out.printf("Demo data: %d plans, %d new reports (%d validated, %d returned and corrected), %d reports already "
                + "there, in %.1f s%n", plans, reports, validated, corrected, alreadyThere,
                result.took().toMillis() / 1000.0);
        return result;
    }

    /** A demo plan; {@code reportedUpTo} holds the ends of the periods an earlier run already reported on. */
    private record Plan(String id, String memberCode, LocalDate start, LocalDate end, List<IndicatorTemplate> indicators,
                        Map<String, Object> body, Set<String> reportedUpTo) {

        /** This plan with the period and indicators the NAP service recorded for it, and its reports so far. */
        Plan asRecorded(JsonNode recorded, JsonNode reports) {
            List<IndicatorTemplate> recordedIndicators = recorded.path("indicators").valueStream()
                    .map(IndicatorTemplate::recorded).toList();
            return new Plan(id, memberCode, LocalDate.parse(recorded.path("periodStart").asString()),
                    LocalDate.parse(recorded.path("periodEnd").asString()), recordedIndicators, body,
                    Set.copyOf(reports.findValuesAsString("periodTo")));
        }
    }

    private Plan plan(JsonNode member, Random random) {
        String code = member.path("code").asString();
        boolean state = member.path("type").asString().equals("STATE");
        String kind = state ? "NAP" : (random.nextBoolean() ? "RAP" : "STRATEGY");
        int generation = 1 + random.nextInt(4);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(6 + random.nextInt(40)).withDayOfMonth(1).withMonth(1);
        LocalDate end = start.plusYears(4 + random.nextInt(2)).minusDays(1);
        List<IndicatorTemplate> indicators = new ArrayList<>(IndicatorTemplate.ALL);
        Collections.shuffle(indicators, random);
        indicators = indicators.subList(0, 3 + random.nextInt(3));
        String id = ("demo-" + code + "-" + kind + "-" + generation).toLowerCase(Locale.ROOT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("kind", kind);
        body.put("title", "Demo " + kind + " on Women, Peace and Security (" + member.path("name").asString() + ")");
        body.put("generation", generation);
        body.put("adoptedOn", start.minusMonths(2));
        body.put("periodStart", start);
        body.put("periodEnd", end);
        if (random.nextBoolean()) {
            body.put("budget", Map.of("amount", 250_000 + random.nextInt(40) * 50_000, "currency",
                    random.nextBoolean() ? "USD" : "EUR"));
        }
        body.put("leadInstitution", state ? "Ministry of Foreign Affairs" : "Secretariat of " + member.path("name").asString());
        body.put("pillars", PILLARS);
        body.put("indicators", indicators.stream().map(IndicatorTemplate::definition).toList());
        body.put("demo", true);
        return new Plan(id, code, start, end, indicators, body, Set.of());
    }

    /**
     * Creates the plan, or answers the one an earlier run made (as recorded then: its period was placed around that
     * day); null when the member gets none. A member that has recorded plans of its own gets no demo plan, so its
     * real record is never mixed with made-up figures.
     */
    private Plan planInForce(Plan plan) {
        JsonNode memberPlans = expect(nap.get("/api/v1/members/" + plan.memberCode() + "/action-plans"), 200, nap,
                "the action plans of " + plan.memberCode()).body();
        for (JsonNode earlier : memberPlans) {
            if (earlier.path("id").asString().equals(plan.id())) {
                return plan.asRecorded(earlier, expect(nap.get("/api/v1/action-plans/" + plan.id()
                        + "/progress-reports"), 200, nap, "the reports on " + plan.id()).body());
            }
        }
        for (JsonNode own : memberPlans) {
            if (!own.path("demo").asBoolean()) {
                out.println("  " + plan.memberCode() + " has recorded its own action plans; no demo plan made");
                return null;
            }
        }
        ServiceClient.Response created = untilKnown(() -> nap.send("POST",
                "/api/v1/members/" + plan.memberCode() + "/action-plans", plan.body()));
        if (created.status() == 422 && created.problem().contains("overlaps")) {
            out.println("  " + plan.memberCode() + " already has a plan in force for that period; no demo plan made");
            return null;
        }
        expect(created, 201, nap, "demo plan " + plan.id());
        return plan;
    }

    private enum Outcome { ALREADY_MADE, SUBMITTED, VALIDATED, RETURNED_AND_CORRECTED }

    /**
     * One yearly report, values moving from baseline towards target; most are then validated, a few corrected. The
     * random draws happen even for a report an earlier run made, so the reports after it come out the same.
     */
    private Outcome report(Plan plan, LocalDate from, LocalDate to, int year, int years, List<JsonNode> addressed,
                           Random random, boolean alreadyMade) {
        double share = Math.min(1.0, (double) year / (years + 1) + random.nextGaussian() * 0.1);
        List<Map<String, Object>> values = new ArrayList<>();
        for (IndicatorTemplate indicator : plan.indicators()) {
            values.add(indicator.valueAt(share, to));
        }
        List<String> levels = List.of("NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE");
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (JsonNode recommendation : addressed.subList(0, Math.min(addressed.size(), 3 + random.nextInt(4)))) {
            int level = Math.min(levels.size() - 1, (int) Math.floor(share * levels.size() + random.nextDouble()));
            statuses.add(Map.of("recommendationId", recommendation.path("id").asString(), "completion",
                    levels.get(Math.max(0, level))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("indicatorValues", values);
        // A public link backing the first value up, so that views show evidence (example.org: nothing real).
        body.put("evidence", List.of(Map.of("title", "Demo: " + to.getYear() + " monitoring report of " + plan.id(),
                "url", "https://example.org/demo/" + plan.id() + "/" + to, "kind", "PUBLICATION", "visibility", "PUBLIC",
                "indicatorCode", plan.indicators().get(0).code())));
        body.put("recommendationStatuses", statuses);
        body.put("demo", true);
        // Entered as the secretariat entering reports that came by mail: received 20 to 119 days after the period
        // (most within the 90 days' grace), never later than today. No random draw, so later draws stay the same.
        LocalDate received = to.plusDays(20 + Math.floorMod((plan.id() + to).hashCode(), 100));
        body.put("receivedOn", received.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : received);
        double roll = random.nextDouble();
        if (alreadyMade) {
            return Outcome.ALREADY_MADE;
        }
        String path = "/api/v1/action-plans/" + plan.id() + "/progress-reports";
        ServiceClient.Response submitted = untilKnown(() -> nap.send("POST", path, body,
                "Idempotency-Key", "demo-" + plan.id() + "-" + to));
        if (submitted.status() == 200) {
            return Outcome.SUBMITTED;
        }
        expect(submitted, 201, nap, "demo report " + to + " of " + plan.id());
        String report = "/api/v1/progress-reports/" + submitted.body().path("id").asString();
        if (roll < 0.15) {
            ServiceClient.Response returned = expect(nap.send("POST", report + "/return",
                    Map.of("reason", "Demo: please add sources for the indicator values"), "If-Match",
                    submitted.etag()), 200, nap, "return of " + report);
            Map<String, Object> correction = new LinkedHashMap<>(body);
            correction.remove("receivedOn");
            correction.put("reason", "Demo: sources added");
            expect(nap.send("PUT", report, correction, "If-Match", returned.etag()), 200, nap, "correction of " + report);
            return Outcome.RETURNED_AND_CORRECTED;
        }
        if (roll < 0.75) {
            expect(nap.send("POST", report + "/validation", null, "If-Match", submitted.etag()), 200, nap,
                    "validation of " + report);
            return Outcome.VALIDATED;
        }
        return Outcome.SUBMITTED;
    }

    private static List<JsonNode> addressedTo(String memberType, List<JsonNode> recommendations) {
        String own = memberType.equals("STATE") ? "MEMBER_STATES" : "REGIONAL_ORGANIZATIONS";
        return recommendations.stream().filter(r -> r.path("addressee").asString().equals("ALL_MEMBERS")
                || r.path("addressee").asString().equals(own)).toList();
    }

    /** The NAP service learns members and recommendations from events, a moment after they are recorded. */
    private static ServiceClient.Response untilKnown(Supplier<ServiceClient.Response> request) {
        return ServiceClient.retryWhile(ServiceClient.UNKNOWN_MEMBERS.or(response -> response.status() == 422
                && response.problem().contains("is not a recommendation of the network")), Duration.ofSeconds(60),
                () -> { }, request);
    }
}
