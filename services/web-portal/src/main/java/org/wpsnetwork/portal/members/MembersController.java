package org.wpsnetwork.portal.members;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.signin.SignedIn;
import org.wpsnetwork.portal.web.Views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member list (for those who may see every member) and a member's page: profile, focal point, roles,
 * attendance, plans with their indicators (baseline → latest → target, and the values of every report over time),
 * the reporting calendar with its reports, the recommendations addressed to it and its timeline.
 */
@Controller
class MembersController {

    private final Api api;

    MembersController(Api api) {
        this.api = api;
    }

    @GetMapping("/members")
    String members(@RequestParam(required = false) MemberType type, @RequestParam(required = false) MemberStatus status,
                   @RequestParam(required = false) Region region, @RequestParam(required = false) String reportingStatus,
                   Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUri(api.uri(Service.REPORTING, "/api/v1/reports/members"));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", type);
        filters.put("status", status);
        filters.put("region", region);
        filters.put("reportingStatus", reportingStatus);
        filters.forEach((name, value) -> {
            if (value != null) {
                query.queryParam(name, value);
            }
        });
        model.addAttribute("members", Views.list(api.get(query.encode().build().toUri()).object().get("members")));
        model.addAttribute("filters", filters);
        model.addAttribute("types", MemberType.values());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("regions", Region.values());
        return "members";
    }

    @GetMapping("/members/{code}")
    String member(@PathVariable String code, Model model) {
        SignedIn me = SignedIn.current().orElseThrow();
        if (!me.maySee(code)) {
            throw new ApiProblem(403, "urn:wps:problem:forbidden", null, List.of());
        }
        Map<String, Object> view = api.get(Service.REPORTING, "/api/v1/reports/members/{code}", code).object();
        Map<String, List<Map<String, Object>>> reportsByPlan = new LinkedHashMap<>();
        for (Map<String, Object> plan : Views.list(view.get("actionPlans"))) {
            reportsByPlan.put(String.valueOf(plan.get("id")), api.get(Service.NAP_MONITORING,
                    "/api/v1/action-plans/{planId}/progress-reports", plan.get("id")).list());
        }
        model.addAttribute("member", view);
        model.addAttribute("reportsByPlan", reportsByPlan);
        model.addAttribute("valuesOverTime", valuesOverTime(reportsByPlan));
        model.addAttribute("timeline", Views.list(api.get(Service.REPORTING, "/api/v1/reports/members/{code}/timeline",
                code).object().get("events")));
        model.addAttribute("mayAct", me.mayActFor(code));
        return "member";
    }

    /** Per plan and indicator code, the value each report gave, oldest period first. */
    static Map<String, List<Map<String, Object>>> valuesOverTime(Map<String, List<Map<String, Object>>> reportsByPlan) {
        Map<String, List<Map<String, Object>>> byIndicator = new LinkedHashMap<>();
        reportsByPlan.forEach((planId, reports) -> {
            List<Map<String, Object>> oldestFirst = new ArrayList<>(reports);
            oldestFirst.sort((a, b) -> String.valueOf(a.get("periodTo")).compareTo(String.valueOf(b.get("periodTo"))));
            for (Map<String, Object> report : oldestFirst) {
                for (Map<String, Object> value : Views.list(report.get("indicatorValues"))) {
                    Map<String, Object> point = new LinkedHashMap<>(value);
                    point.put("periodTo", report.get("periodTo"));
                    point.put("reportId", report.get("id"));
                    point.put("state", report.get("state"));
                    byIndicator.computeIfAbsent(planId + "/" + value.get("code"), k -> new ArrayList<>()).add(point);
                }
            }
        });
        return byIndicator;
    }
}
