package org.wpsnetwork.kit.web;

import org.springframework.http.ProblemDetail;

import java.util.List;

/** A request a service refuses, with everything the client needs to correct it. */
public class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<FieldViolation> errors;

    public ApiProblemException(ProblemType type, String detail, List<FieldViolation> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** 400: the request is malformed; {@code errors} names each bad field. */
    public static ApiProblemException invalid(String detail, List<FieldViolation> errors) {
        return new ApiProblemException(ProblemType.INVALID_REQUEST, detail, errors);
    }

    public static ApiProblemException invalid(FieldViolation error) {
        return invalid(error.field() + " " + error.message(), List.of(error));
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(ProblemType.NOT_FOUND, detail, List.of());
    }

    /** 409: the change does not fit the resource's current state. */
    public static ApiProblemException conflict(String detail) {
        return new ApiProblemException(ProblemType.CONFLICT, detail, List.of());
    }

    /** 422: well-formed, but it breaks a rule of the domain; {@code errors} names the offending fields and values. */
    public static ApiProblemException ruleViolated(String detail, List<FieldViolation> errors) {
        return new ApiProblemException(ProblemType.RULE_VIOLATED, detail, errors);
    }

    /** A 422 naming every field in {@code broken}, if there is one; nothing otherwise. */
    public static void requireNoRuleViolated(String detail, List<FieldViolation> broken) {
        if (!broken.isEmpty()) {
            throw ruleViolated(detail, broken);
        }
    }

    /** A 400 naming every field in {@code malformed}, if there is one; nothing otherwise. */
    public static void requireWellFormed(List<FieldViolation> malformed) {
        if (!malformed.isEmpty()) {
            throw invalid(malformed.size() == 1 ? malformed.get(0).field() + " " + malformed.get(0).message()
                    : malformed.size() + " fields are invalid", malformed);
        }
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public ProblemDetail toProblemDetail() {
        return Problems.of(type, getMessage(), errors);
    }
}
