package org.wpsnetwork.kit.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role × endpoint matrix of one service, generated from its access rule table: every endpoint the service
 * serves (and the kit's operations endpoints) × every persona, each answered as the table says (401 without a
 * token, 403 when the table refuses, anything else when it lets the request through), and no answer to a persona
 * containing personal data of a member they may not see. Writes carry an empty body and a stale If-Match, so a
 * request the table lets through is refused by validation and the matrix changes nothing.
 */
public abstract class AccessMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    protected ServiceUnderTest service;
    @Autowired
    private ObjectProvider<AccessRules> serviceRules;
    @Autowired
    private ObjectProvider<RequestMappingHandlerMapping> mappings;

    /** Who asks: a token (null for nobody) and the signed-in user the table sees. */
    record Persona(String name, String token, SignedInUser user) {
    }

    /** One cell: what the table expects and what the service answered. */
    record Cell(String endpoint, String persona, String expected, int status, String leaked) {

        boolean holds() {
            boolean statusHolds = switch (expected) {
                case "401" -> status == 401;
                case "403" -> status == 403;
                default -> status != 401 && status != 403 && status < 500;
            };
            return statusHolds && leaked == null;
        }
    }

    /**
     * Sends every request of the matrix and asserts every cell.
     *
     * @param serviceName  for the printed figures
     * @param member       the member the sample records belong to, whose focal point is "the member concerned"
     * @param otherMember  another member, whose focal point is refused where the table says so
     * @param samples      a value for each path variable ({@code code}, {@code planId}, …), naming real records
     * @param personalData e-mail addresses on record, by member: only the secretariat and that member's focal
     *                     points may ever see one
     */
    protected void everyAnswerIsAsTheTableSays(String serviceName, String member, String otherMember,
                                               Map<String, String> samples, Map<String, String> personalData) {
        AccessRules table = serviceRules.getIfAvailable(() -> AccessRules.builder().build())
                .after(SecurityConfiguration.kitRules());
        List<Persona> personas = List.of(
                new Persona("anonymous", null, null),
                new Persona("focal point of " + member, TestTokens.focalPoint(member),
                        user(member, Role.FOCAL_POINT)),
                new Persona("focal point of " + otherMember, TestTokens.focalPoint(otherMember),
                        user(otherMember, Role.FOCAL_POINT)),
                new Persona("secretariat", TestTokens.secretariat(), user(null, Role.SECRETARIAT)),
                new Persona("peer reviewer", TestTokens.peerReviewer(), user(null, Role.PEER_REVIEWER)),
                new Persona("admin", TestTokens.admin(), user(null, Role.ADMIN)));
        List<String> endpoints = endpoints(samples);
        Http http = service.http();
        List<Cell> cells = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            AccessRules.Rule rule = table.ruleFor(method, path).orElseThrow(() ->
                    new AssertionError("No access rule for " + endpoint));
            Map<String, String> variables = rule.variablesOf(method, path).orElseThrow();
            for (Persona persona : personas) {
                String expected = persona.user() == null ? (rule.open() ? "through" : "401")
                        : rule.allows(persona.user(), variables) ? "through" : "403";
                Http.Response response = http.as(persona.token()).send(method, path,
                        method.equals("GET") || method.equals("DELETE") ? null : "{}", "If-Match", "\"999999\"");
                cells.add(new Cell(endpoint, persona.name(), expected, response.status(),
                        leak(persona, response, personalData)));
            }
        }
        List<Cell> broken = cells.stream().filter(cell -> !cell.holds()).toList();
        long through = cells.stream().filter(cell -> cell.expected().equals("through")).count();
        System.out.printf("Access matrix of %s: %d endpoints × %d personas = %d requests (%d let through, %d "
                        + "refused with 403, %d with 401); %d as the table says, %d not%n", serviceName,
                endpoints.size(), personas.size(), cells.size(), through,
                cells.stream().filter(cell -> cell.expected().equals("403")).count(),
                cells.stream().filter(cell -> cell.expected().equals("401")).count(), cells.size() - broken.size(),
                broken.size());
        assertThat(broken).as("cells that differ from the table or leak personal data").isEmpty();
        assertThat(http.as(null).get("/actuator/health").status()).as("health needs no sign-in").isEqualTo(200);
        assertThat(through).as("the matrix reaches past the table somewhere").isPositive();
    }

    /** Every endpoint the service's controllers serve, with the samples in its path, and the actuator's. */
    private List<String> endpoints(Map<String, String> samples) {
        Set<String> endpoints = new TreeSet<>();
        SecurityConfiguration.servedEndpoints(mappings).forEach(endpoint ->
                endpoints.add(endpoint.method() + " " + concrete(endpoint.pattern(), samples)));
        endpoints.add("GET /actuator/prometheus");
        endpoints.add("GET /actuator/info");
        return new ArrayList<>(endpoints);
    }

    private static String concrete(String pattern, Map<String, String> samples) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(samples.getOrDefault(variable.group(1),
                    "unknown-" + variable.group(1))));
        }
        return variable.appendTail(path).toString();
    }

    /** The first e-mail address in the answer that this persona may not see, or null. */
    private static String leak(Persona persona, Http.Response response, Map<String, String> personalData) {
        if (response.body() == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : personalData.entrySet()) {
            boolean mayRead = persona.user() != null && persona.user().mayReadPersonalDataOf(entry.getKey());
            if (!mayRead && response.body().contains(entry.getValue())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static SignedInUser user(String memberCode, Role role) {
        return new SignedInUser("persona", "persona", memberCode, Set.of(role));
    }
}
