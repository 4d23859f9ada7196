package org.wpsnetwork.portal.reports;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.i18n.Formats;
import org.wpsnetwork.portal.signin.SignedIn;
import org.wpsnetwork.portal.web.Views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Progress reports in the browser: the form for a new report on a plan and for a correction, the report's page
 * with its history and what changed between revisions, and the secretariat's return and validation. The services
 * decide; the pages show their answers, errors next to the fields they name.
 */
@Controller
class ReportsController {

    private static final String FORM = "report-form";

    private final Api api;
    private final Formats fmt;

    ReportsController(Api api, Formats fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    @GetMapping("/plans/{planId}/reports/new")
    String newReport(@PathVariable String planId, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        Map<String, Object> plan = plan(planId);
        Map<String, Object> member = memberView(plan);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object> period = nextPeriod(plan, member);
        fields.put("periodFrom", from != null ? from : String.valueOf(period.getOrDefault("from", "")));
        fields.put("periodTo", to != null ? to : String.valueOf(period.getOrDefault("to", "")));
        return form(model, plan, member, fields, new LinkedHashMap<>(), null, UUID.randomUUID().toString(), null);
    }

    @PostMapping("/plans/{planId}/reports")
    String submit(@PathVariable String planId, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Map<String, Object> plan = plan(planId);
        ReportForm form = new ReportForm(plan, fields);
        Map<String, Object> report = form.report(fmt.language());
        String key = fields.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        if (!form.numberErrors().isEmpty()) {
            return form(model, plan, fields, translated(form.numberErrors()), null, key, null);
        }
        try {
            Api.Answer created = api.send(HttpMethod.POST, api.uri(Service.NAP_MONITORING,
                    "/api/v1/action-plans/{planId}/progress-reports", planId), report, Map.of("Idempotency-Key", key));
            redirect.addFlashAttribute("done", "report.submitted");
            return "redirect:/reports/" + created.object().get("id");
        } catch (ApiProblem refused) {
            if (refused.fieldErrors().isEmpty() && refused.status() >= 500) {
                throw refused;
            }
            model.addAttribute("problem", refused);
            return form(model, plan, fields, errorsOnFields(form, refused), null, key, null);
        }
    }

    @GetMapping("/reports/{reportId}")
    String report(@PathVariable String reportId, Model model) {
        Api.Answer answer = api.get(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}", reportId);
        Map<String, Object> report = answer.object();
        Map<String, Object> plan = plan(String.valueOf(report.get("planId")));
        SignedIn me = SignedIn.current().orElseThrow();
        model.addAttribute("report", report);
        model.addAttribute("plan", plan);
        model.addAttribute("version", report.get("version"));
        model.addAttribute("changes", RevisionChanges.of(report, plan));
        model.addAttribute("returnReason", lastReason(report, "RETURNED"));
        model.addAttribute("mayCorrect", me.mayActFor(String.valueOf(report.get("memberCode")))
                && !"VALIDATED".equals(report.get("state")));
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("mayReview", me.isSecretariat() && "SUBMITTED".equals(report.get("state")));
        return "report";
    }

    @GetMapping("/reports/{reportId}/correct")
    String correction(@PathVariable String reportId, Model model) {
        Map<String, Object> report = api.get(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}", reportId)
                .object();
        Map<String, Object> plan = plan(String.valueOf(report.get("planId")));
        return form(model, plan, ReportForm.fieldsOf(report), new LinkedHashMap<>(), report, null, null);
    }

    @PostMapping("/reports/{reportId}/correct")
    String correct(@PathVariable String reportId, @RequestParam Map<String, String> fields,
                   @RequestParam long version, Model model, RedirectAttributes redirect) {
        Map<String, Object> original = api.get(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}",
                reportId).object();
        Map<String, Object> plan = plan(String.valueOf(original.get("planId")));
        ReportForm form = new ReportForm(plan, fields).keeping(original);
        Map<String, Object> report = form.report(fmt.language());
        if (!form.numberErrors().isEmpty()) {
            return form(model, plan, fields, translated(form.numberErrors()), original, null, version);
        }
        try {
            api.send(HttpMethod.PUT, api.uri(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}", reportId),
                    report, Map.of("If-Match", "\"" + version + "\""));
            redirect.addFlashAttribute("done", "report.corrected");
            return "redirect:/reports/" + reportId;
        } catch (ApiProblem refused) {
            if (refused.fieldErrors().isEmpty() && refused.status() >= 500) {
                throw refused;
            }
            model.addAttribute("problem", refused);
            return form(model, plan, fields, errorsOnFields(form, refused), original, null, version);
        }
    }

    @PostMapping("/reports/{reportId}/return")
    String returnForCorrection(@PathVariable String reportId, @RequestParam(required = false) String reason,
                               @RequestParam long version, RedirectAttributes redirect) {
        return review(reportId, "/return", Map.of("reason", reason == null ? "" : reason.trim()), version,
                "report.returned", redirect);
    }

    @PostMapping("/reports/{reportId}/validate")
    String validate(@PathVariable String reportId, @RequestParam long version, RedirectAttributes redirect) {
        return review(reportId, "/validation", Map.of(), version, "report.validated", redirect);
    }

    @PostMapping("/reports/{reportId}/documents")
    String upload(@PathVariable String reportId, @RequestParam long version, @RequestParam MultipartFile file,
                  @RequestParam(required = false) String title, @RequestParam EvidenceKind kind,
                  @RequestParam(required = false) String visibility, RedirectAttributes redirect) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file.getResource());
        parts.add("title", title == null || title.isBlank() ? file.getOriginalFilename() : title.trim());
        parts.add("kind", kind.name());
        parts.add("visibility", visibility == null ? "PRIVATE" : visibility);
        try {
            api.upload(api.uri(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}/documents", reportId),
                    parts, Map.of("If-Match", "\"" + version + "\""));
            redirect.addFlashAttribute("done", "report.uploaded");
        } catch (ApiProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            redirect.addFlashAttribute("reviewProblem", refused.slug());
            redirect.addFlashAttribute("reviewErrors", refused.fieldErrors());
        }
        return "redirect:/reports/" + reportId;
    }

    /** An evidence document, passed through from nap-monitoring-service, which decides who may have it. */
    @GetMapping("/evidence-documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String documentId) {
        ResponseEntity<byte[]> document = api.download(api.uri(Service.NAP_MONITORING,
                "/api/v1/evidence-documents/{documentId}", documentId), MediaType.ALL);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(document.getHeaders().getContentType());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, document.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        return new ResponseEntity<>(document.getBody(), headers, HttpStatus.OK);
    }

    private String review(String reportId, String step, Map<String, Object> body, long version, String done,
                          RedirectAttributes redirect) {
        try {
            api.send(HttpMethod.POST, api.uri(Service.NAP_MONITORING, "/api/v1/progress-reports/{reportId}" + step,
                    reportId), body, Map.of("If-Match", "\"" + version + "\""));
            redirect.addFlashAttribute("done", done);
        } catch (ApiProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            redirect.addFlashAttribute("reviewProblem", refused.slug());
            redirect.addFlashAttribute("reviewErrors", refused.fieldErrors());
        }
        return "redirect:/reports/" + reportId;
    }

    private Map<String, Object> plan(String planId) {
        Map<String, Object> plan = api.get(Service.NAP_MONITORING, "/api/v1/action-plans/{planId}", planId).object();
        if (!SignedIn.current().orElseThrow().maySee(String.valueOf(plan.get("memberCode")))) {
            throw new ApiProblem(403, "urn:wps:problem:forbidden", null, List.of());
        }
        return plan;
    }

    /** The first period of the plan's calendar that has no report yet and has ended; else none. */
    private static Map<String, Object> nextPeriod(Map<String, Object> plan, Map<String, Object> member) {
        return Views.list(member.get("reportingCalendar")).stream()
                .filter(line -> plan.get("id").equals(line.get("planId")) && line.get("reportId") == null)
                .filter(line -> !"OPEN".equals(line.get("status"))).findFirst().orElse(Map.of());
    }

    /** The member's view: its recommendations for the form, its reporting calendar for the next period. */
    private Map<String, Object> memberView(Map<String, Object> plan) {
        return api.get(Service.REPORTING, "/api/v1/reports/members/{code}", plan.get("memberCode")).object();
    }

    private String form(Model model, Map<String, Object> plan, Map<String, String> fields, Map<String, String> errors,
                        Map<String, Object> correcting, String idempotencyKey, Long version) {
        return form(model, plan, null, fields, errors, correcting, idempotencyKey, version);
    }

    /** The report form; {@code member} is the member's view when the caller has read it already. */
    private String form(Model model, Map<String, Object> plan, Map<String, Object> member, Map<String, String> fields,
                        Map<String, String> errors, Map<String, Object> correcting, String idempotencyKey,
                        Long version) {
        String memberCode = String.valueOf(plan.get("memberCode"));
        if (!SignedIn.current().orElseThrow().mayActFor(memberCode)) {
            throw new ApiProblem(403, "urn:wps:problem:forbidden", null, List.of());
        }
        if (member == null) {
            member = memberView(plan);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("member", member);
        model.addAttribute("recommendations", Views.list(member.get("recommendations")));
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("correcting", correcting);
        model.addAttribute("idempotencyKey", idempotencyKey);
        model.addAttribute("version", version != null ? version : correcting == null ? null : correcting.get("version"));
        model.addAttribute("completions", Completion.values());
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            categories.put(dimension.name(), dimension.categories());
        }
        model.addAttribute("categories", categories);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        return FORM;
    }

    private Map<String, String> errorsOnFields(ReportForm form, ApiProblem refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fieldErrors().forEach((field, message) ->
                errors.merge(form.fieldOf(field), fmt.apiMessage(message), (a, b) -> a + "; " + b));
        return errors;
    }

    private Map<String, String> translated(Map<String, String> keys) {
        Map<String, String> errors = new LinkedHashMap<>();
        keys.forEach((field, key) -> errors.put(field, fmt.message(key)));
        return errors;
    }

    private static String lastReason(Map<String, Object> report, String action) {
        List<Map<String, Object>> history = Views.list(report.get("history"));
        for (int i = history.size() - 1; i >= 0; i--) {
            if (action.equals(history.get(i).get("action"))) {
                return (String) history.get(i).get("reason");
            }
        }
        return null;
    }
}
