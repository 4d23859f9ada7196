package org.wpsnetwork.portal.compare;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.web.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Peer review: members side by side, or a cohort by region or type, as reporting-service compares them; the table
 * as CSV is the API's own CSV, passed through, so the file holds exactly the table's rows and numbers.
 */
@Controller
class CompareController {

    /** How many member pickers the page offers: the most one comparison takes. */
    static final int PICKERS = 6;

    private final Api api;

    CompareController(Api api) {
        this.api = api;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<String> members, @RequestParam(required = false) Region region,
                   @RequestParam(required = false) MemberType type, Model model) {
        List<String> chosen = chosen(members);
        model.addAttribute("all", Views.list(api.get(UriComponentsBuilder.fromUri(api.uri(Service.REPORTING,
                "/api/v1/reports/members")).queryParam("status", "ACTIVE").build().toUri()).object().get("members")));
        model.addAttribute("chosen", chosen);
        model.addAttribute("pickers", PICKERS);
        model.addAttribute("region", region);
        model.addAttribute("type", type);
        model.addAttribute("regions", Region.values());
        model.addAttribute("types", MemberType.values());
        if (!chosen.isEmpty() || region != null || type != null) {
            try {
                Map<String, Object> comparison = api.get(question(chosen, region, type)).object();
                model.addAttribute("comparison", comparison);
                model.addAttribute("columns", columns(comparison));
                model.addAttribute("sections", sections(comparison));
                model.addAttribute("csv", UriComponentsBuilder.fromPath("/compare.csv").query(query(chosen, region, type))
                        .build().toUriString());
            } catch (ApiProblem refused) {
                if (refused.status() >= 500 || refused.status() == 403) {
                    throw refused;
                }
                model.addAttribute("problem", refused);
            }
        }
        return "compare";
    }

    @GetMapping("/compare.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) List<String> members,
                               @RequestParam(required = false) Region region,
                               @RequestParam(required = false) MemberType type) {
        ResponseEntity<byte[]> csv = api.download(question(chosen(members), region, type),
                MediaType.parseMediaType("text/csv"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison.csv\"");
        return new ResponseEntity<>(csv.getBody(), headers, HttpStatus.OK);
    }

    /** The members picked, blanks left out (the pickers not used), in the order picked. */
    private static List<String> chosen(List<String> members) {
        List<String> chosen = new ArrayList<>();
        if (members != null) {
            members.stream().flatMap(m -> List.of(m.split(",")).stream()).map(String::trim)
                    .filter(m -> !m.isEmpty()).forEach(chosen::add);
        }
        return chosen;
    }

    private URI question(List<String> chosen, Region region, MemberType type) {
        return UriComponentsBuilder.fromUri(api.uri(Service.REPORTING, "/api/v1/reports/compare"))
                .query(query(chosen, region, type)).encode().build().toUri();
    }

    private static String query(List<String> chosen, Region region, MemberType type) {
        List<String> parts = new ArrayList<>();
        if (!chosen.isEmpty()) {
            parts.add("members=" + String.join(",", chosen));
        }
        if (region != null) {
            parts.add("region=" + region);
        }
        if (type != null) {
            parts.add("type=" + type);
        }
        return String.join("&", parts);
    }

    /** The columns: the members, then the cohorts, each with its id in the rows' cells. */
    private static List<Map<String, Object>> columns(Map<String, Object> comparison) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map<String, Object> member : Views.list(comparison.get("members"))) {
            Map<String, Object> column = new LinkedHashMap<>(member);
            column.put("id", member.get("code"));
            column.put("cohort", false);
            columns.add(column);
        }
        for (Map<String, Object> cohort : Views.list(comparison.get("cohorts"))) {
            Map<String, Object> column = new LinkedHashMap<>(cohort);
            column.put("cohort", true);
            columns.add(column);
        }
        return columns;
    }

    /** The rows by section, in the API's order. */
    private static Map<String, List<Map<String, Object>>> sections(Map<String, Object> comparison) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (Map<String, Object> row : Views.list(comparison.get("rows"))) {
            sections.computeIfAbsent(String.valueOf(row.get("section")), s -> new ArrayList<>()).add(row);
        }
        return sections;
    }
}
