package org.wpsnetwork.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded default gives Keycloak and prints about it, read from the realm files themselves. */
class EmbeddedKeycloakTest {

    @Test
    void theEmbeddedRealmAddsTheScriptsClientAndTheDevelopmentUsersToTheDeploymentsRealm() throws Exception {
        JsonNode realm = EmbeddedKeycloak.embeddedRealm();

        assertThat(realm.path("clients").findValuesAsString("clientId")).containsExactly("wps-portal", "wps-tools",
                "wps-prometheus", "wps-cli");
        assertThat(realm.path("users").findValuesAsString("username")).contains("service-account-wps-tools",
                "focal.arg", "secretariat");
        assertThat(EmbeddedKeycloak.developmentUsers()).containsExactly(
                Map.entry("focal.arg", "focal-point of ARG"), Map.entry("focal.nor", "focal-point of NOR"),
                Map.entry("ops", "admin"), Map.entry("reviewer", "peer-reviewer"),
                Map.entry("secretariat", "secretariat"));
    }
}
