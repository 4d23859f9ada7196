package org.wpsnetwork.portal.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.web.Views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The network dashboard, for every role: the overview of reporting-service with the figures its documents state
 * beside the live counts, members over time from the member list, and completion per theme summed from the
 * recommendations report. Every number links to the list behind it.
 */
@Controller
class DashboardController {

    /** Completion levels as the charts stack them, "no evidence" last. */
    static final List<String> LEVELS = List.of(Completion.NOT_STARTED.name(), Completion.LIMITED.name(),
            Completion.SUBSTANTIAL.name(), Completion.COMPLETE.name(), Completion.NOT_APPLICABLE.name(), "NO_EVIDENCE");

    private final Api api;

    DashboardController(Api api) {
        this.api = api;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Map<String, Object> network = api.get(Service.REPORTING, "/api/v1/reports/network").object();
        List<Map<String, Object>> members = Views.list(api.get(Service.REPORTING, "/api/v1/reports/members").object()
                .get("members"));
        List<Map<String, Object>> recommendations = Views.list(api.get(Service.REPORTING,
                "/api/v1/reports/recommendations").object().get("recommendations"));
        model.addAttribute("network", network);
        model.addAttribute("membersByYear", membersByYear(members));
        model.addAttribute("themes", completionByTheme(recommendations));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("documented", documentedBesideLive(network));
        return "dashboard";
    }

    /** Per year since the first joined: members at the end of the year (joined by then, not yet withdrawn). */
    static Map<Integer, Integer> membersByYear(List<Map<String, Object>> members) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        int first = members.stream().map(m -> year(m.get("joinedOn"))).filter(y -> y > 0).min(Integer::compare)
                .orElse(0);
        int last = members.stream().flatMap(m -> Stream.of(year(m.get("joinedOn")),
                year(m.get("withdrawnOn")))).max(Integer::compare).orElse(0);
        for (int y = first; y > 0 && y <= last; y++) {
            int year = y;
            byYear.put(year, (int) members.stream()
                    .filter(m -> year(m.get("joinedOn")) > 0 && year(m.get("joinedOn")) <= year)
                    .filter(m -> m.get("withdrawnOn") == null || year(m.get("withdrawnOn")) > year).count());
        }
        return byYear;
    }

    private static int year(Object isoDate) {
        return isoDate == null ? 0 : Integer.parseInt(isoDate.toString().substring(0, 4));
    }

    /** Per theme, how many member answers sit at each completion level, summed over its recommendations. */
    static Map<String, Map<String, Long>> completionByTheme(List<Map<String, Object>> recommendations) {
        Map<String, Map<String, Long>> byTheme = new TreeMap<>();
        for (Map<String, Object> recommendation : recommendations) {
            Map<String, Long> levels = byTheme.computeIfAbsent(String.valueOf(recommendation.get("theme")), t -> {
                Map<String, Long> empty = new LinkedHashMap<>();
                LEVELS.forEach(level -> empty.put(level, 0L));
                return empty;
            });
            Views.map(recommendation.get("completion")).forEach((level, count) ->
                    levels.merge(level, ((Number) count).longValue(), Long::sum));
        }
        return byTheme;
    }

    /** A figure a communiqué states, and the same figure counted live where the record can count it. */
    public record Documented(String meetingId, String figure, Object stated, String qualifier, Object asOf,
                             Object live, boolean percent) {
    }

    static List<Documented> documentedBesideLive(Map<String, Object> network) {
        Map<String, Object> counts = Views.map(network.get("members"));
        Map<String, Object> byType = Views.map(counts.get("byType"));
        Map<String, Object> coverage = Views.map(network.get("napCoverage"));
        List<Documented> rows = new ArrayList<>();
        for (Map<String, Object> figure : Views.list(network.get("documentedFigures"))) {
            NetworkFigure kind = NetworkFigure.valueOf(String.valueOf(figure.get("figure")));
            Object live = switch (kind) {
                case MEMBERS -> Views.map(counts.get("all")).get("active");
                case MEMBER_STATES -> Views.map(byType.get("STATE")).get("active");
                case REGIONAL_ORGANIZATIONS -> Views.map(byType.get("REGIONAL_ORGANIZATION")).get("active");
                case MEMBER_STATES_WITH_NAP_PERCENT -> Views.map(coverage.get("states")).get("share");
                case REGIONAL_ORGANIZATIONS_WITH_PLAN_PERCENT ->
                        Views.map(coverage.get("regionalOrganizations")).get("share");
                case FOUNDING_MEMBERS, STATES_WITH_NAP_WORLDWIDE -> null;
            };
            boolean percent = kind == NetworkFigure.MEMBER_STATES_WITH_NAP_PERCENT
                    || kind == NetworkFigure.REGIONAL_ORGANIZATIONS_WITH_PLAN_PERCENT;
            rows.add(new Documented(String.valueOf(figure.get("meetingId")), kind.name(), figure.get("value"),
                    String.valueOf(figure.get("qualifier")), figure.get("asOf"), live, percent));
        }
        return rows;
    }
}
