package org.wpsnetwork.kit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders errors raised outside Spring MVC (the servlet container, filters) as problem+json too, replacing
 * Spring Boot's default error body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem = request.getAttribute(RequestBodyLimitFilter.PROBLEM_ATTRIBUTE) instanceof ProblemDetail p
                ? p : fromContainer(request);
        Problems.complete(problem, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail fromContainer(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure && status >= 500) {
            log.error("Request failed outside the application", failure);
        }
        String detail = status >= 500 ? "Something went wrong on our side. Quote the correlation id when reporting it."
                : "The request could not be processed (HTTP " + status + ")";
        return ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    }
}
