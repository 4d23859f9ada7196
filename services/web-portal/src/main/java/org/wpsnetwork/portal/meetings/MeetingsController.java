package org.wpsnetwork.portal.meetings;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.portal.api.Api;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.api.Service;
import org.wpsnetwork.portal.i18n.Formats;
import org.wpsnetwork.portal.web.Forms;
import org.wpsnetwork.portal.web.Views;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat keeps the meetings: schedules one, records who attended (a picker of every member), adds the
 * recommendations of its communiqué and adopts it, which freezes them. Every change sends the meeting's version.
 */
@Controller
class MeetingsController {

    private final Api api;
    private final Formats fmt;

    MeetingsController(Api api, Formats fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    @GetMapping("/meetings")
    String meetings(Model model) {
        model.addAttribute("meetings", api.get(Service.MEETINGS, "/api/v1/meetings").list());
        return "meetings/meetings";
    }

    @GetMapping("/meetings/new")
    String scheduleForm(Model model) {
        return schedulePage(model, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
    }

    @PostMapping("/meetings")
    String schedule(@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : List.of("id", "kind", "title", "theme", "startDate", "endDate", "city", "countryCode")) {
            body.put(name, Forms.text(fields, name));
        }
        body.put("hostCodes", codes(fields.get("hostCodes")));
        try {
            api.send(HttpMethod.POST, api.uri(Service.MEETINGS, "/api/v1/meetings"), body, Map.of());
            redirect.addFlashAttribute("done", "meeting.scheduled");
            return "redirect:/meetings/" + body.get("id");
        } catch (ApiProblem refused) {
            return schedulePage(model, fields, Forms.errors(Forms.showable(refused), fmt), refused);
        }
    }

    private String schedulePage(Model model, Map<String, String> fields, Map<String, String> errors,
                                ApiProblem problem) {
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings/schedule";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        return meetingPage(id, model, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable String id, @RequestParam(required = false) List<String> attended,
                      @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        return change(id, "/attendance", HttpMethod.PUT, Map.of("memberCodes", attended == null ? List.of() : attended),
                fields, model, redirect, "meeting.attendanceSaved");
    }

    @PostMapping("/meetings/{id}/recommendations")
    String recommend(@PathVariable String id, @RequestParam Map<String, String> fields, Model model,
                     RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : List.of("id", "theme", "addressee", "summary", "paragraphRef")) {
            body.put(name, Forms.text(fields, "recommendation." + name));
        }
        return change(id, "/recommendations", HttpMethod.POST, body, fields, model, redirect, "meeting.recommended");
    }

    @PostMapping("/meetings/{id}/communique")
    String adopt(@PathVariable String id, @RequestParam Map<String, String> fields, Model model,
                 RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("adoptedOn", Forms.text(fields, "communique.adoptedOn"));
        return change(id, "/communique", HttpMethod.POST, body, fields, model, redirect, "meeting.adopted");
    }

    private String change(String id, String step, HttpMethod method, Map<String, Object> body,
                          Map<String, String> fields, Model model, RedirectAttributes redirect, String done) {
        try {
            api.send(method, api.uri(Service.MEETINGS, "/api/v1/meetings/{id}" + step, id), body,
                    Map.of("If-Match", "\"" + fields.getOrDefault("version", "") + "\""));
            redirect.addFlashAttribute("done", done);
            return "redirect:/meetings/" + id;
        } catch (ApiProblem refused) {
            String form = step.substring(1);
            Map<String, String> errors = new LinkedHashMap<>();
            Forms.errors(Forms.showable(refused), fmt).forEach((field, message) ->
                    errors.put(form.equals("recommendations") ? "recommendation." + field
                            : form.equals("communique") ? "communique." + field : field, message));
            return meetingPage(id, model, fields, errors, refused);
        }
    }

    private String meetingPage(String id, Model model, Map<String, String> fields, Map<String, String> errors,
                               ApiProblem problem) {
        Map<String, Object> meeting = api.get(Service.MEETINGS, "/api/v1/meetings/{id}", id).object();
        model.addAttribute("meeting", meeting);
        model.addAttribute("version", meeting.get("version"));
        model.addAttribute("attendees", meeting.get("attendees"));
        model.addAttribute("members", Views.list(api.get(Service.REPORTING, "/api/v1/reports/members").object()
                .get("members")));
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("themes", RecommendationTheme.values());
        model.addAttribute("addressees", Addressee.values());
        return "meetings/meeting";
    }

    /** "ITA, PHL" as the API's list of codes. */
    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("[,\\s]+"))
                .filter(code -> !code.isBlank()).map(String::trim).toList();
    }
}
