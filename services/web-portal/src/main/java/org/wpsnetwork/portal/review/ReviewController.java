package org.wpsnetwork.portal.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.nap.ReportState;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.web.Views;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The secretariat's desk: the review queue (reports in one state, the longest waiting first, by member) and the
 * reporting calendar behind the rate and timeliness figures (by region, type and period status).
 */
@Controller
class ReviewController {

    private final Api api;

    ReviewController(Api api) {
        this.api = api;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReportState state, @RequestParam(required = false) String member,
                 Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUri(api.uri(Service.NAP_MONITORING,
                "/api/v1/progress-reports")).queryParam("state", state == null ? ReportState.SUBMITTED : state);
        String code = member == null || member.isBlank() ? null : member.trim().toUpperCase(Locale.ROOT);
        if (code != null) {
            query.queryParam("member", code);
        }
        List<Map<String, Object>> reports = api.get(query.encode().build().toUri()).list();
        model.addAttribute("reports", reports);
        model.addAttribute("state", state == null ? ReportState.SUBMITTED : state);
        model.addAttribute("member", code);
        model.addAttribute("states", ReportState.values());
        return "review";
    }

    @GetMapping("/reporting")
    String calendar(@RequestParam(required = false) Region region, @RequestParam(required = false) MemberType type,
                    @RequestParam(required = false) String status, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUri(api.uri(Service.REPORTING,
                "/api/v1/reports/reporting-calendar"));
        if (region != null) {
            query.queryParam("region", region);
        }
        if (type != null) {
            query.queryParam("type", type);
        }
        if (status != null && !status.isBlank()) {
            query.queryParam("status", status);
        }
        URI uri = query.encode().build().toUri();
        model.addAttribute("lines", Views.list(api.get(uri).body()));
        model.addAttribute("region", region);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("regions", Region.values());
        model.addAttribute("types", MemberType.values());
        model.addAttribute("statuses", List.of("ON_TIME", "LATE", "MISSING", "DUE", "OPEN"));
        return "reporting";
    }
}
