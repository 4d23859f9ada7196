package org.wpsnetwork.kit.web;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import org.bson.BsonMaximumSizeExceededException;
import org.wpsnetwork.kit.mongo.DatabaseFailures;
import org.wpsnetwork.kit.outbox.StoredInRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wpsnetwork.kit.outbox.AggregateAlreadyExistsException;
import org.wpsnetwork.kit.outbox.AggregateNotFoundException;
import org.wpsnetwork.kit.outbox.IdempotencyKeyReusedException;
import org.wpsnetwork.kit.outbox.VersionConflictException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns every failure into RFC 9457 problem+json. Client errors are answered with what to correct and
 * logged without a stack trace; only server faults are logged in full.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    /** MongoDB's codes for a document over its size limit (BSONObjectTooLarge and the update variants). */
    private static final Set<Integer> DOCUMENT_TOO_LARGE = Set.of(10334, 17419, 17420, 13133);

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException e, WebRequest request) {
        return respond(e.toProblemDetail(), new HttpHeaders(), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e, WebRequest request) {
        return respond(Problems.of(ProblemType.NOT_FOUND, e.getMessage(), List.of()), new HttpHeaders(), request);
    }

    @ExceptionHandler(AggregateAlreadyExistsException.class)
    ResponseEntity<Object> alreadyExists(AggregateAlreadyExistsException e, WebRequest request) {
        return respond(Problems.of(ProblemType.ALREADY_EXISTS, e.getMessage(), List.of()), new HttpHeaders(), request);
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<Object> versionConflict(VersionConflictException e, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(ETags.of(e.currentVersion()));
        return respond(Problems.of(ProblemType.VERSION_MISMATCH, e.getMessage(), List.of()), headers, request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e, WebRequest request) {
        return respond(Problems.of(ProblemType.RULE_VIOLATED, e.getMessage(),
                List.of(FieldViolation.of(IdempotencyKeys.HEADER, "was already used for a different request"))),
                new HttpHeaders(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> FieldViolation.of(lastNode(v.getPropertyPath().toString()), v.getMessage(), v.getInvalidValue()))
                .toList();
        return respond(Problems.of(ProblemType.INVALID_REQUEST, "Some values are invalid", errors),
                new HttpHeaders(), request);
    }

    /** A query string Tomcat could not decode ({@code %zz}, bad UTF-8), raised when the parameters are first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameters(InvalidParameterException e, WebRequest request) {
        log.debug("Undecodable query string: {}", e.getMessage());
        return respond(Problems.of(ProblemType.INVALID_REQUEST, "The query string cannot be decoded: use "
                + "percent-encoding of UTF-8 text", List.of(FieldViolation.of("query", "is not valid percent-encoded "
                + "UTF-8"))), new HttpHeaders(), request);
    }

    /**
     * A multipart body that cannot be read (no boundary, cut short, a part over the limits), in the service that
     * takes uploads: the client's fault, never a server error.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, WebRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The upload is over the largest one this "
                    + "service takes", List.of(FieldViolation.of("file", "is too large"))), new HttpHeaders(), request);
        }
        return respond(Problems.of(ProblemType.INVALID_REQUEST, "The multipart body cannot be read: send "
                + "multipart/form-data with its boundary and whole parts", List.of()), new HttpHeaders(), request);
    }

    /** A write the database refuses because the document would be too large: retrying would not help. */
    @ExceptionHandler(BsonMaximumSizeExceededException.class)
    ResponseEntity<Object> documentTooLarge(BsonMaximumSizeExceededException e, WebRequest request) {
        return tooLarge(request);
    }

    private ResponseEntity<Object> tooLarge(WebRequest request) {
        log.warn("Refused a change: the record would outgrow the largest document the database stores");
        return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The record would grow beyond what the database "
                + "stores in one document; nothing was changed", List.of()), new HttpHeaders(), request);
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> databaseUnavailable(MongoException e, WebRequest request) {
        if (e instanceof MongoWriteException write && DOCUMENT_TOO_LARGE.contains(write.getCode())) {
            return tooLarge(request);
        }
        if (DatabaseFailures.unavailable(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
        } else {
            log.error("Database operation failed", e);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        boolean change = request instanceof ServletWebRequest servlet
                && !SAFE_METHODS.contains(servlet.getRequest().getMethod());
        Optional<String> stored = StoredInRequest.change();
        String detail;
        String changeStored;
        if (stored.isPresent()) {
            // Stored, then the database went away while the answer was being put together.
            detail = "The change was stored (" + stored.get() + "), but the answer could not be completed: the "
                    + "database went away. Do not repeat the change; read the resource once the service answers again.";
            changeStored = "yes";
        } else if (change && DatabaseFailures.outcomeUnknown(e)) {
            // The database took the request and its answer was lost: saying "nothing was changed" could be false.
            detail = "The database did not confirm the change, so it may or may not have been stored. Read the "
                    + "resource before you retry, or retry with an If-Match version or the same Idempotency-Key, "
                    + "which make a retry safe.";
            changeStored = "unknown";
        } else {
            detail = "The database did not answer; nothing was changed. Retry shortly.";
            changeStored = change ? "no" : null;
        }
        ProblemDetail problem = Problems.of(ProblemType.SERVICE_UNAVAILABLE, detail, List.of());
        if (changeStored != null) {
            problem.setProperty("changeStored", changeStored);
        }
        return respond(problem, headers, request);
    }

    /** Spring Security's firewall refusing what it reads lazily (a NUL in a parameter name, for one). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e, WebRequest request) {
        log.info("Refused a malformed request: {}", e.getMessage());
        return respond(Problems.of(ProblemType.INVALID_REQUEST, "The request was refused: check its path, query and "
                + "headers", List.of()), new HttpHeaders(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure", e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Quote the correlation id when reporting it.", List.of()),
                new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = UnreadableBody.describe(e);
        log.debug("Unreadable request body: {}", problem.getDetail());
        return respond(problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(FieldViolation.of(error.getField(), error.getDefaultMessage(), error.getRejectedValue()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(FieldViolation.of("", error.getDefaultMessage())));
        return respond(Problems.of(ProblemType.INVALID_REQUEST, summary(errors), errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(FieldViolation.of(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage(), result.getArgument()))));
        return respond(Problems.of(ProblemType.INVALID_REQUEST, summary(errors), errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        FieldViolation error = FieldViolation.of(name, "must be " + Expected.describe(e.getRequiredType()), e.getValue());
        return respond(Problems.of(ProblemType.INVALID_REQUEST, summary(List.of(error)), List.of(error)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, e.getMessage());
        return respond(problem, headers, request);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        String path = request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet ? servlet.getRequestURI() : null;
        Problems.complete(problem, path);
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
    }

    private static String summary(List<FieldViolation> errors) {
        if (errors.size() == 1) {
            FieldViolation only = errors.get(0);
            return (only.field().isEmpty() ? "" : only.field() + " ") + only.message();
        }
        return errors.size() + " fields are invalid";
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
