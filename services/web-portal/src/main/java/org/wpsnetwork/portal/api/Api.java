package org.wpsnetwork.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Calls the services' APIs as the signed-in user: their access token (refreshed when it has expired) as the
 * bearer, JSON in and out. Answers come back as plain maps and lists for the templates; a problem answer becomes
 * an {@link ApiProblem}. A correlation id is not sent: each call gets one from the service.
 */
@Component
public class Api {

    /** Connect and read limits per call: a page waits no longer than this for a service. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    public static final String REGISTRATION_ID = "wps";

    private final RestClient client;
    private final ServiceLocations locations;
    private final OAuth2AuthorizedClientManager tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    Api(ServiceLocations locations, OAuth2AuthorizedClientManager tokens) {
        // The JDK's HTTP client: it sends PATCH (a profile edit), which HttpURLConnection cannot.
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT).build());
        factory.setReadTimeout(READ_TIMEOUT);
        this.client = RestClient.builder().requestFactory(factory).build();
        this.locations = locations;
        this.tokens = tokens;
    }

    /** An answer: its status, body (maps, lists, text, numbers) and ETag. */
    public record Answer(int status, Object body, String etag, HttpHeaders headers) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> object() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }
    }

    public URI uri(Service service, String path, Object... variables) {
        return UriComponentsBuilder.fromUri(locations.of(service)).path(path).buildAndExpand(variables).encode().toUri();
    }

    public Answer get(Service service, String path, Object... variables) {
        return call(HttpMethod.GET, uri(service, path, variables), null, Map.of());
    }

    public Answer get(URI uri) {
        return call(HttpMethod.GET, uri, null, Map.of());
    }

    public Answer send(HttpMethod method, URI uri, Object body, Map<String, String> headers) {
        return call(method, uri, body, headers);
    }

    /** The raw answer of a GET with another media type (CSV), for passing on to the browser. */
    public ResponseEntity<byte[]> download(URI uri, MediaType accept) {
        return client.get().uri(uri).accept(accept).header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    if (response.getStatusCode().isError()) {
                        throw problem(response.getStatusCode().value(), bytes);
                    }
                    return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(bytes);
                });
    }

    /** A multipart POST (a document upload), answered like any other call. */
    public Answer upload(URI uri, MultiValueMap<String, Object> parts, Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.post().uri(uri).accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, bearer()).contentType(MediaType.MULTIPART_FORM_DATA);
        headers.forEach(request::header);
        return request.body(parts).exchange((sent, response) -> answer(response));
    }

    private Answer call(HttpMethod method, URI uri, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(uri).accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, bearer());
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
        }
        return request.exchange((sent, response) -> answer(response));
    }

    private Answer answer(ClientHttpResponse response) throws IOException {
        byte[] bytes = response.getBody().readAllBytes();
        int status = response.getStatusCode().value();
        if (response.getStatusCode().isError()) {
            throw problem(status, bytes);
        }
        Object parsed = bytes.length == 0 ? null : json.readValue(bytes, Object.class);
        return new Answer(status, parsed, response.getHeaders().getETag(), response.getHeaders());
    }

    @SuppressWarnings("unchecked")
    private ApiProblem problem(int status, byte[] bytes) {
        try {
            Map<String, Object> problem = json.readValue(bytes, Map.class);
            Object errors = problem.get("errors");
            return new ApiProblem(status, (String) problem.get("type"), (String) problem.get("detail"),
                    errors instanceof List<?> list ? (List<Map<String, Object>>) list : List.of());
        } catch (RuntimeException notAProblem) {
            return new ApiProblem(status, null, "The service answered " + status, List.of());
        }
    }

    /** The signed-in user's access token; a refresh happens here when it has expired. */
    private String bearer() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizedClient authorized = tokens.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(REGISTRATION_ID).principal(user)
                .attribute(HttpServletRequest.class.getName(), current.getRequest())
                .attribute(HttpServletResponse.class.getName(), current.getResponse())
                .build());
        if (authorized == null) {
            throw new ApiProblem(401, "urn:wps:problem:unauthorized", "Your sign-in has ended", List.of());
        }
        return "Bearer " + authorized.getAccessToken().getTokenValue();
    }
}
