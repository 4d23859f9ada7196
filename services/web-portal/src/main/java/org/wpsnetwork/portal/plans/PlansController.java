package org.wpsnetwork.portal.plans;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.IndicatorDirection;
import org.wpsnetwork.contracts.nap.IndicatorKind;
import org.wpsnetwork.contracts.nap.PlanKind;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.i18n.Formats;
import org.wpsnetwork.portal.signin.SignedIn;
import org.wpsnetwork.portal.web.Forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's action plans: record one with its indicators (its focal point, or the secretariat on its behalf), and
 * extend one in force. The plan form offers a fixed number of indicator rows; rows left empty are not sent.
 */
@Controller
class PlansController {

    /** Indicator rows on the plan form; a plan with more adds them through the API. */
    static final int INDICATOR_ROWS = 8;
    static final List<String> PILLARS = List.of("PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_AND_RECOVERY");
    private static final Pattern INDICATOR = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+).*");

    private final Api api;
    private final Formats fmt;

    PlansController(Api api, Formats fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    @GetMapping("/members/{code}/plans/new")
    String planForm(@PathVariable String code, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", UUID.randomUUID().toString());
        return planPage(code, model, fields, new LinkedHashMap<>(), null);
    }

    @PostMapping("/members/{code}/plans")
    String record(@PathVariable String code, @RequestParam Map<String, String> fields,
                  @RequestParam(required = false) List<String> pillars, Model model, RedirectAttributes redirect) {
        Map<String, Object> plan = new LinkedHashMap<>();
        for (String name : List.of("id", "kind", "title", "adoptedOn", "periodStart", "periodEnd", "leadInstitution")) {
            plan.put(name, Forms.text(fields, name));
        }
        plan.put("generation", number(fields, "generation"));
        if (Forms.text(fields, "budgetAmount") != null) {
            plan.put("budget", Map.of("amount", number(fields, "budgetAmount"),
                    "currency", String.valueOf(Forms.text(fields, "budgetCurrency"))));
        }
        plan.put("pillars", pillars == null ? List.of() : pillars);
        List<Map<String, Object>> indicators = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < INDICATOR_ROWS; row++) {
            String prefix = "indicator." + row + ".";
            if (Forms.text(fields, prefix + "code") == null && Forms.text(fields, prefix + "description") == null) {
                continue;
            }
            Map<String, Object> indicator = new LinkedHashMap<>();
            for (String name : List.of("code", "description", "pillar", "kind", "unit", "direction", "reference")) {
                indicator.put(name, Forms.text(fields, prefix + name));
            }
            indicator.put("baseline", number(fields, prefix + "baseline"));
            indicator.put("target", number(fields, prefix + "target"));
            String stages = Forms.text(fields, prefix + "stages");
            if (stages != null) {
                indicator.put("stages", Arrays.stream(stages.split("\\s*;\\s*")).filter(s -> !s.isBlank()).toList());
            }
            List<String> dimensions = new ArrayList<>();
            for (Dimension dimension : Dimension.values()) {
                if (Forms.text(fields, prefix + "dimension." + dimension) != null) {
                    dimensions.add(dimension.name());
                }
            }
            indicator.put("dimensions", dimensions);
            indicator.values().removeIf(value -> value == null);
            indicators.add(indicator);
            rows.add(row);
        }
        plan.put("indicators", indicators);
        plan.values().removeIf(value -> value == null);
        try {
            api.send(HttpMethod.POST, api.uri(Service.NAP_MONITORING, "/api/v1/members/{code}/action-plans", code),
                    plan, Map.of("Idempotency-Key", fields.getOrDefault("idempotencyKey", UUID.randomUUID().toString())));
            redirect.addFlashAttribute("done", "plan.recorded");
            return "redirect:/members/" + code;
        } catch (ApiProblem refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            Forms.errors(Forms.showable(refused), fmt).forEach((field, message) -> {
                Matcher at = INDICATOR.matcher(field);
                String name = at.matches() && Integer.parseInt(at.group(1)) < rows.size()
                        ? "indicator." + rows.get(Integer.parseInt(at.group(1))) + "." + at.group(2)
                        : field.startsWith("budget.") ? "budgetAmount" : field;
                errors.merge(name, message, (a, b) -> a + "; " + b);
            });
            return planPage(code, model, fields, errors, refused);
        }
    }

    private String planPage(String code, Model model, Map<String, String> fields, Map<String, String> errors,
                            ApiProblem problem) {
        if (!SignedIn.current().orElseThrow().mayActFor(code)) {
            throw new ApiProblem(403, "urn:wps:problem:forbidden", null, List.of());
        }
        model.addAttribute("member", api.get(Service.REPORTING, "/api/v1/reports/members/{code}", code).object());
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("rows", INDICATOR_ROWS);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("indicatorKinds", IndicatorKind.values());
        model.addAttribute("directions", IndicatorDirection.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("pillars", PILLARS);
        model.addAttribute("references", api.get(Service.NAP_MONITORING, "/api/v1/reference-indicators").list());
        return "plans/plan-form";
    }

    @PostMapping("/plans/{planId}/extension")
    String extend(@PathVariable String planId, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Map<String, Object> plan = api.get(Service.NAP_MONITORING, "/api/v1/action-plans/{planId}", planId).object();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodEnd", Forms.text(fields, "periodEnd"));
        body.put("reason", Forms.text(fields, "reason"));
        try {
            api.send(HttpMethod.POST, api.uri(Service.NAP_MONITORING, "/api/v1/action-plans/{planId}/extension", planId),
                    body, Map.of("If-Match", "\"" + plan.get("version") + "\""));
            redirect.addFlashAttribute("done", "plan.extended");
        } catch (ApiProblem refused) {
            redirect.addFlashAttribute("planProblem", Forms.showable(refused).slug());
            redirect.addFlashAttribute("planErrors", Forms.errors(refused, fmt));
        }
        return "redirect:/members/" + plan.get("memberCode");
    }

    /** A number as typed (a comma for the decimal point too); what is not a number goes as text for the API to refuse. */
    private static Object number(Map<String, String> fields, String name) {
        String text = Forms.text(fields, name);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
