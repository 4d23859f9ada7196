package org.wpsnetwork.kit.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.Pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Path and query parameters are read as strictly as bodies: enum values only by their exact names (Spring Boot
 * would accept any case), whole numbers as digits only, and no value padded with spaces or carrying control
 * characters (Spring's fallback conversion would trim {@code "2019 "} into 2019 and {@code " ASIA "} into ASIA).
 * A refused value is a 400 naming the parameter. An API request that accepts no JSON answer is a 406 before it runs.
 */
public class StrictParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<MediaType> JSON_ONLY = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Integer.class, text -> Integer.valueOf(wholeNumber(text)));
        registry.addConverter(String.class, Long.class, text -> Long.valueOf(wholeNumber(text)));
        registry.addConverterFactory(new ExactEnums());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Pages.Resolver());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        requireAcceptable(request, handler);
        List<FieldViolation> refused = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), refused));
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                check(name, value, refused);
            }
        });
        if (!refused.isEmpty()) {
            throw ApiProblemException.invalid(refused.size() == 1 ? refused.get(0).field() + " "
                    + refused.get(0).message() : refused.size() + " parameters are invalid", refused);
        }
        return true;
    }

    /**
     * The API answers JSON, and CSV where an endpoint declares it produces CSV. A client that accepts nothing of
     * the kind is told so before the request is carried out, not after a change was already stored and its answer
     * could not be written.
     */
    private static void requireAcceptable(HttpServletRequest request, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !request.getRequestURI().startsWith("/api/")) {
            return;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw ApiProblemException.invalid(FieldViolation.of(HttpHeaders.ACCEPT, "is not a list of media types"));
        }
        List<MediaType> answered = new ArrayList<>(JSON_ONLY);
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(GetMapping.class)) {
            for (String produced : method.getMethodAnnotation(GetMapping.class).produces()) {
                answered.add(MediaType.parseMediaType(produced));
            }
        }
        if (accepted.stream().noneMatch(type -> answered.stream().anyMatch(type::isCompatibleWith))) {
            throw new HttpMediaTypeNotAcceptableException(answered);
        }
    }

    private static void check(String name, String value, List<FieldViolation> refused) {
        String problem = InputLimits.textProblem(value);
        if (problem == null && !value.equals(value.strip())) {
            problem = "must not begin or end with spaces";
        }
        if (problem != null) {
            refused.add(FieldViolation.of(name, problem, problem.contains("control") ? null : value));
        }
    }

    private static String wholeNumber(String text) {
        if (!InputLimits.WHOLE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a whole number of at most " + InputLimits.MAX_INTEGER_DIGITS
                    + " digits: " + text);
        }
        return text;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class ExactEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class enumType = targetType.isEnum() ? targetType : targetType.getSuperclass();
            return text -> (T) Enum.valueOf(enumType, text);
        }
    }
}
