package org.wpsnetwork.benchmarks;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in to the portal as a person would, through the identity provider's own sign-in page (authorization code
 * flow): the client it answers holds the portal's session cookie, so its requests read the pages signed in.
 */
final class PortalSignIn {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private PortalSignIn() {
    }

    /**
     * Every cookie set, sent back to every address: the portal and the identity provider are both on this machine,
     * with cookie names of their own. (The JDK's cookie manager keeps the identity provider's {@code Secure} cookies
     * off plain-HTTP loopback, where a browser sends them.)
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        if (equals > 0) {
                            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                        }
                    }
                }
            });
        }
    }

    static HttpClient signIn(String portal, String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(portal + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No sign-in form at " + page.uri() + " (" + page.statusCode() + ")");
        }
        String action = form.group(1).replace("&amp;", "&");
        String fields = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || !signedIn.uri().toString().startsWith(portal)) {
            throw new IllegalStateException("Signing in as " + username + " ended at " + signedIn.uri() + " ("
                    + signedIn.statusCode() + ")");
        }
        return client;
    }
}
