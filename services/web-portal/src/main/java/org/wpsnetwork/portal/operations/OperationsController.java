package org.wpsnetwork.portal.operations;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.web.Views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watching the machinery: the notifications the system recorded and sent (the secretariat's), the events a
 * consumer set aside in each service with their replay, and the rebuild of the views (the operators', role admin).
 */
@Controller
class OperationsController {

    private static final String REBUILD = "/api/v1/admin/projections/rebuild";

    private final Api api;

    OperationsController(Api api) {
        this.api = api;
    }

    @GetMapping("/notifications")
    String notifications(@RequestParam(required = false) String member, @RequestParam(required = false) String kind,
                         Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromUri(api.uri(Service.REPORTING,
                "/api/v1/reports/notifications"));
        if (member != null && !member.isBlank()) {
            query.queryParam("member", member.trim());
        }
        if (kind != null && !kind.isBlank()) {
            query.queryParam("kind", kind);
        }
        model.addAttribute("notifications", api.get(query.encode().build().toUri()).list());
        model.addAttribute("member", member);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", List.of("REMINDER", "OVERDUE", "RETURNED", "VALIDATED", "DIGEST"));
        return "operations/notifications";
    }

    @GetMapping("/dead-letters")
    String deadLetters(Model model) {
        Map<Service, Map<String, Object>> byService = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            byService.put(service, api.get(service, "/api/v1/admin/dead-letters").object());
        }
        model.addAttribute("byService", byService);
        return "operations/dead-letters";
    }

    @PostMapping("/dead-letters/{service}/replay")
    String replay(@PathVariable Service service, RedirectAttributes redirect) {
        try {
            Map<String, Object> result = api.send(HttpMethod.POST, api.uri(service, "/api/v1/admin/dead-letters"),
                    Map.of(), Map.of()).object();
            redirect.addFlashAttribute("done", "operations.replayed");
            redirect.addFlashAttribute("replayed", Views.list(result.get("replays")).size());
        } catch (ApiProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            redirect.addFlashAttribute("reviewProblem", refused.slug());
        }
        return "redirect:/dead-letters";
    }

    /** The reporting views' rebuild: the running one's progress (the page redraws itself while it runs), or the last. */
    @GetMapping("/views")
    String views(Model model) {
        try {
            model.addAttribute("rebuild", api.get(Service.REPORTING, REBUILD).object());
        } catch (ApiProblem none) {
            if (none.status() != 404) {
                throw none;
            }
        }
        return "operations/views";
    }

    @PostMapping("/views/rebuild")
    String rebuild(RedirectAttributes redirect) {
        try {
            api.send(HttpMethod.POST, api.uri(Service.REPORTING, REBUILD), Map.of(), Map.of());
            redirect.addFlashAttribute("done", "operations.rebuildStarted");
        } catch (ApiProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            redirect.addFlashAttribute("reviewProblem", refused.slug());
        }
        return "redirect:/views";
    }
}
