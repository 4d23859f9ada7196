package org.wpsnetwork.kit.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import org.wpsnetwork.kit.input.RejectedValueException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.List;

/** Explains why a request body could not be read, naming the field wherever Jackson knows it. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail describe(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of());
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof RejectedValueException rejected) {
            return fieldProblem(rejected, rejected.reason());
        }
        if (cause instanceof InputCoercionException outOfRange) {
            return Problems.of(ProblemType.INVALID_REQUEST, "A number is out of range: "
                    + firstLine(outOfRange.getOriginalMessage()), List.of());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(unknown, "is not a known field");
        }
        if (cause instanceof InvalidNullException nullValue) {
            return fieldProblem(nullValue, "must not be null");
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            String reason = instantiation.getCause() != null ? instantiation.getCause().getMessage()
                    : instantiation.getOriginalMessage();
            return fieldProblem(instantiation, reason);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return Problems.of(ProblemType.INVALID_REQUEST, "The body must be " + Expected.describe(
                        mismatch.getTargetType()), List.of());
            }
            return fieldProblem(mismatch, "must be " + Expected.describe(mismatch.getTargetType()));
        }
        if (cause instanceof StreamReadException malformed) {
            return Problems.of(ProblemType.MALFORMED_JSON, "Malformed JSON" + where(malformed.getLocation()) + ": "
                    + firstLine(malformed.getOriginalMessage()), List.of());
        }
        if (cause instanceof JacksonException other) {
            return Problems.of(ProblemType.INVALID_REQUEST, firstLine(other.getOriginalMessage()), List.of());
        }
        return Problems.of(ProblemType.INVALID_REQUEST, "A JSON request body is required", List.of());
    }

    private static ProblemDetail fieldProblem(JacksonException e, String message) {
        String field = path(e.getPath());
        Object rejected = e instanceof InvalidFormatException format ? format.getValue() : null;
        FieldViolation error = FieldViolation.of(field, message, rejected);
        return Problems.of(ProblemType.INVALID_REQUEST, field + " " + message, List.of(error));
    }

    /** {@code [members, 2, role]} → {@code members[2].role}. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
