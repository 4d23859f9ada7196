package org.wpsnetwork.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Pagination of every list endpoint: reading {@link PageRequest} from the query, answering one page. */
public final class Pages {

    private Pages() {
    }

    /** The page of {@code all} that was asked for, with its total and a link to the next page when there is one. */
    public static <T> ResponseEntity<List<T>> respond(List<T> all, PageRequest page) {
        return respond(all, page, items -> items);
    }

    /** The same, for a list answered inside an object: {@code body} wraps the page's items. */
    public static <T, B> ResponseEntity<B> respond(List<T> all, PageRequest page, Function<List<T>, B> body) {
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), page.offset() + page.limit());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(all.size()));
        if (to < all.size()) {
            answer.header(HttpHeaders.LINK, "<" + next(page) + ">; rel=\"next\"");
        }
        return answer.body(body.apply(new ArrayList<>(all.subList(from, to))));
    }

    /** For a list the database pages and counts itself: {@code items} is the page asked for, of {@code total}. */
    public static <T, B> ResponseEntity<B> respondPage(List<T> items, long total, PageRequest page,
                                                       Function<List<T>, B> body) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
        if (page.offset() + items.size() < total) {
            answer.header(HttpHeaders.LINK, "<" + next(page) + ">; rel=\"next\"");
        }
        return answer.body(body.apply(items));
    }

    /**
     * For a list the database pages itself: {@code readAhead} holds up to one item more than a page, read with
     * {@link PageRequest#offset()} and {@code limit + 1}; if that extra item is there, so is a next page. No total.
     */
    public static <T, B> ResponseEntity<B> respondSlice(List<T> readAhead, PageRequest page, Function<List<T>, B> body) {
        boolean more = readAhead.size() > page.limit();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (more) {
            answer.header(HttpHeaders.LINK, "<" + next(page) + ">; rel=\"next\"");
        }
        return answer.body(body.apply(new ArrayList<>(readAhead.subList(0, Math.min(readAhead.size(), page.limit())))));
    }

    private static String next(PageRequest page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page.page() + 1)
                .replaceQueryParam("limit", page.limit()).build().toUriString();
    }

    /** Reads {@code page} and {@code limit} strictly (digits, within range); a bad one is a 400 naming it. */
    public static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == PageRequest.class;
        }

        @Override
        public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                           NativeWebRequest request, WebDataBinderFactory binders) {
            HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
            List<FieldViolation> bad = new ArrayList<>();
            int page = read(servlet, "page", 1, PageRequest.MAX_PAGE, 1, bad);
            int limit = read(servlet, "limit", 1, PageRequest.MAX_LIMIT, PageRequest.MAX_LIMIT, bad);
            if (!bad.isEmpty()) {
                throw ApiProblemException.invalid(bad.size() == 1 ? bad.get(0).field() + " " + bad.get(0).message()
                        : bad.size() + " parameters are invalid", bad);
            }
            return new PageRequest(page, limit);
        }

        private static int read(HttpServletRequest request, String name, int min, int max, int fallback,
                                List<FieldViolation> bad) {
            String[] values = request == null ? null : request.getParameterValues(name);
            if (values == null) {
                return fallback;
            }
            String value = values[values.length - 1];
            if (values.length > 1 || !value.matches("\\d{1,6}") || Integer.parseInt(value) < min
                    || Integer.parseInt(value) > max) {
                bad.add(FieldViolation.of(name, "must be one whole number from " + min + " to " + max, value));
                return fallback;
            }
            return Integer.parseInt(value);
        }
    }
}
