package org.wpsnetwork.portal.recommendations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.Service;

import java.util.List;
import java.util.Map;

/**
 * Every recommendation with its meeting, theme, addressee and how the members' completion is spread, filterable
 * by theme and meeting; from each, the members at each level (for those who may see every member).
 */
@Controller
class RecommendationsController {

    static final List<String> LEVELS = List.of("NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE", "NOT_APPLICABLE",
            "NO_EVIDENCE");

    private final Api api;

    RecommendationsController(Api api) {
        this.api = api;
    }

    @GetMapping("/recommendations")
    String recommendations(@RequestParam(required = false) RecommendationTheme theme,
                           @RequestParam(required = false) String meetingId, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUri(api.uri(Service.REPORTING,
                "/api/v1/reports/recommendations"));
        if (theme != null) {
            query.queryParam("theme", theme);
        }
        if (meetingId != null && !meetingId.isBlank()) {
            query.queryParam("meetingId", meetingId.trim());
        }
        Map<String, Object> report = api.get(query.encode().build().toUri()).object();
        model.addAttribute("report", report);
        model.addAttribute("theme", theme);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("themes", RecommendationTheme.values());
        model.addAttribute("meetings", api.get(Service.MEETINGS, "/api/v1/meetings").list());
        model.addAttribute("levels", LEVELS);
        return "recommendations";
    }

    @GetMapping("/recommendations/{id}")
    String recommendation(@PathVariable String id, Model model) {
        model.addAttribute("found", api.get(Service.REPORTING, "/api/v1/reports/recommendations/{id}", id).object());
        model.addAttribute("levels", LEVELS);
        return "recommendation";
    }
}
