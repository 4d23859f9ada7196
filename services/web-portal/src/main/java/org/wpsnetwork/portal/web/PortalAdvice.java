package org.wpsnetwork.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.wpsnetwork.portal.api.ApiProblem;
import org.wpsnetwork.portal.signin.SignedIn;

/**
 * What every page has: who is signed in ({@code me}), and one page for what went wrong, in the reader's language:
 * a refusal or a missing record from a service, a service that does not answer, a bad address. Nothing reaches
 * the reader as a stack trace.
 */
@ControllerAdvice
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);
    static final String PROBLEM_PAGE = "problem";

    @ModelAttribute("me")
    SignedIn me() {
        return SignedIn.current().orElse(null);
    }

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("status", problem.status());
        model.addAttribute("slug", problem.slug());
        model.addAttribute("detail", problem.detail());
        return PROBLEM_PAGE;
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException failure, Model model, HttpServletResponse response) {
        log.warn("A service did not answer: {}", failure.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("slug", "service-unavailable");
        return PROBLEM_PAGE;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badAddress(Exception failure, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("slug", "bad-address");
        return PROBLEM_PAGE;
    }
}
