package org.wpsnetwork.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.wpsnetwork.kit.correlation.CorrelationId;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

/** Builds the problem+json bodies: RFC 9457 members plus {@code correlationId} and, where any, {@code errors}. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail, List<FieldViolation> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .sorted(Comparator.comparing(FieldViolation::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList());
        }
        return problem;
    }

    /** Fills what framework-made problems lack: our type for their status, the request path and the correlation id. */
    public static ProblemDetail complete(ProblemDetail problem, String path) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(problem.getStatus());
            problem.setType(type.uri());
            if (type != ProblemType.OTHER) {
                problem.setTitle(type.title());
            } else {
                HttpStatus status = HttpStatus.resolve(problem.getStatus());
                problem.setTitle(status != null ? status.getReasonPhrase() : "Error");
            }
        }
        if (problem.getInstance() == null && path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException unusualPath) {
                // Leave instance out rather than fail while reporting a failure.
            }
        }
        CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        return problem;
    }
}
