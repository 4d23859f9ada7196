package org.wpsnetwork.portal.records;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.i18n.Formats;
import org.wpsnetwork.portal.web.Forms;
import org.wpsnetwork.portal.web.Views;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat keeps the membership record: admits a member, edits its profile, records its withdrawal,
 * appoints, replaces or vacates its focal point, and sets the network's roles of a year. Each change sends the
 * version the page was built from (If-Match), so a change made meanwhile by someone else is refused, not lost.
 */
@Controller
class RecordController {

    /** How many role rows the roles form offers: the most a year has had is four (the leadership quad). */
    static final int ROLE_ROWS = 6;
    private static final Pattern ASSIGNMENT = Pattern.compile("assignments\\[(\\d+)]\\.(\\w+)");

    private final Api api;
    private final Formats fmt;

    RecordController(Api api, Formats fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    @GetMapping("/records/members/new")
    String admitForm(Model model) {
        return admitPage(model, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
    }

    @PostMapping("/records/members")
    String admit(@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : List.of("code", "name", "type", "region", "joinedOn")) {
            body.put(name, Forms.text(fields, name));
        }
        try {
            api.send(HttpMethod.POST, api.uri(Service.MEMBERSHIP, "/api/v1/members"), body, Map.of());
            redirect.addFlashAttribute("done", "record.admitted");
            return "redirect:/records/members/" + body.get("code");
        } catch (ApiProblem refused) {
            return admitPage(model, fields, Forms.errors(Forms.showable(refused), fmt), refused);
        }
    }

    private String admitPage(Model model, Map<String, String> fields, Map<String, String> errors, ApiProblem problem) {
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("types", MemberType.values());
        model.addAttribute("regions", Region.values());
        return "records/admit";
    }

    @GetMapping("/records/members/{code}")
    String member(@PathVariable String code, Model model) {
        return memberPage(code, model, null, new LinkedHashMap<>(), null);
    }

    @PostMapping("/records/members/{code}/profile")
    String editProfile(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
                       RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Forms.text(fields, "name"));
        body.put("region", Forms.text(fields, "region"));
        return change(code, "profile", HttpMethod.PATCH, "/api/v1/members/{code}", body, fields, model, redirect,
                "record.profileSaved");
    }

    @PostMapping("/records/members/{code}/focal-point")
    String appoint(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
                   RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : List.of("name", "title", "institution", "email", "appointedOn")) {
            body.put(name, Forms.text(fields, "focalPoint." + name));
        }
        return change(code, "focalPoint", HttpMethod.PUT, "/api/v1/members/{code}/focal-point", body, fields, model,
                redirect, "record.focalPointSaved");
    }

    @PostMapping("/records/members/{code}/focal-point/vacate")
    String vacate(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        return change(code, "vacate", HttpMethod.DELETE, "/api/v1/members/{code}/focal-point", null, fields, model,
                redirect, "record.focalPointVacated");
    }

    @PostMapping("/records/members/{code}/withdrawal")
    String withdraw(@PathVariable String code, @RequestParam Map<String, String> fields, Model model,
                    RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveOn", Forms.text(fields, "withdrawal.effectiveOn"));
        body.put("reason", Forms.text(fields, "withdrawal.reason"));
        return change(code, "withdrawal", HttpMethod.POST, "/api/v1/members/{code}/withdrawal", body, fields, model,
                redirect, "record.withdrawn");
    }

    /** One change of a member, with the version its page was built from; a refusal shows on that page's form. */
    private String change(String code, String form, HttpMethod method, String path, Map<String, Object> body,
                          Map<String, String> fields, Model model, RedirectAttributes redirect, String done) {
        try {
            api.send(method, api.uri(Service.MEMBERSHIP, path, code), body,
                    Map.of("If-Match", "\"" + fields.getOrDefault("version", "") + "\""));
            redirect.addFlashAttribute("done", done);
            return "redirect:/records/members/" + code;
        } catch (ApiProblem refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            Forms.errors(Forms.showable(refused), fmt).forEach((field, message) ->
                    errors.put(form.equals("profile") ? field : form + "." + field, message));
            return memberPage(code, model, fields, errors, refused);
        }
    }

    private String memberPage(String code, Model model, Map<String, String> fields, Map<String, String> errors,
                              ApiProblem problem) {
        Api.Answer answer = api.get(Service.MEMBERSHIP, "/api/v1/members/{code}", code);
        Map<String, Object> member = answer.object();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", String.valueOf(member.get("name")));
        form.put("region", String.valueOf(member.get("region")));
        Map<String, Object> focalPoint = Views.map(member.get("focalPoint"));
        focalPoint.forEach((name, value) -> form.put("focalPoint." + name, value == null ? "" : String.valueOf(value)));
        if (fields != null) {
            form.putAll(fields);
        }
        model.addAttribute("member", member);
        model.addAttribute("version", member.get("version"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("regions", Region.values());
        return "records/member";
    }

    @GetMapping("/records/roles")
    String roles(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? Year.now().getValue() : year;
        return rolesPage(shown, model, null, new LinkedHashMap<>(), null);
    }

    @PostMapping("/records/roles/{year}")
    String assignRoles(@PathVariable int year, @RequestParam Map<String, String> fields, Model model,
                       RedirectAttributes redirect) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < ROLE_ROWS; row++) {
            String code = Forms.text(fields, "memberCode." + row);
            String role = Forms.text(fields, "role." + row);
            if (code != null || role != null) {
                Map<String, Object> assignment = new LinkedHashMap<>();
                assignment.put("memberCode", code);
                assignment.put("role", role);
                assignments.add(assignment);
                rows.add(row);
            }
        }
        try {
            api.send(HttpMethod.PUT, api.uri(Service.MEMBERSHIP, "/api/v1/network/roles/{year}", year),
                    Map.of("assignments", assignments),
                    Map.of("If-Match", "\"" + fields.getOrDefault("version", "") + "\""));
            redirect.addFlashAttribute("done", "record.rolesSaved");
            return "redirect:/records/roles?year=" + year;
        } catch (ApiProblem refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            Forms.errors(Forms.showable(refused), fmt).forEach((field, message) -> {
                Matcher at = ASSIGNMENT.matcher(field);
                errors.put(at.matches() && Integer.parseInt(at.group(1)) < rows.size()
                        ? at.group(2) + "." + rows.get(Integer.parseInt(at.group(1))) : field, message);
            });
            return rolesPage(year, model, fields, errors, refused);
        }
    }

    private String rolesPage(int year, Model model, Map<String, String> fields, Map<String, String> errors,
                             ApiProblem problem) {
        Map<String, Object> roles = api.get(Service.MEMBERSHIP, "/api/v1/network/roles/{year}", year).object();
        Map<String, String> form = new LinkedHashMap<>();
        List<Map<String, Object>> assignments = Views.list(roles.get("assignments"));
        for (int row = 0; row < assignments.size() && row < ROLE_ROWS; row++) {
            form.put("memberCode." + row, String.valueOf(assignments.get(row).get("memberCode")));
            form.put("role." + row, String.valueOf(assignments.get(row).get("role")));
        }
        if (fields != null) {
            form.putAll(fields);
        }
        model.addAttribute("year", year);
        model.addAttribute("version", roles.get("version"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("rows", ROLE_ROWS);
        model.addAttribute("roles", NetworkRole.values());
        model.addAttribute("members", Views.list(api.get(Service.REPORTING, "/api/v1/reports/members").object()
                .get("members")));
        return "records/roles";
    }
}
