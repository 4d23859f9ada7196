package org.wpsnetwork.launcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The identity provider of the embedded default: Keycloak from its server distribution (fetched from Maven Central
 * by the build), unpacked once under the data directory and run in development mode with its own H2 database
 * there. On every start it is given the {@code wps} realm of {@code deploy/identity/wps-realm.json} plus the
 * development client and users of {@code embedded-default.json}; Keycloak imports a realm only once.
 */
final class EmbeddedKeycloak implements AutoCloseable {

    static final String REALM = "wps";
    /** The development users' password, and the bootstrap administrator's: the embedded default only. */
    static final String DEVELOPMENT_PASSWORD = "wps-dev-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final ServiceProcess process;

    private EmbeddedKeycloak(int port, ServiceProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Unpacks the distribution under {@code home} if needed and starts it; {@link #awaitReady} waits for the realm.
     *
     * @param distribution the Keycloak server distribution zip
     */
    static EmbeddedKeycloak start(Path distribution, Path home, int port, Path log) throws IOException {
        Path keycloak = unpacked(distribution, home);
        Path imports = Files.createDirectories(keycloak.resolve("data").resolve("import"));
        Files.writeString(imports.resolve(REALM + "-realm.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(embeddedRealm()));
        List<String> command = List.of(keycloak.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + (port + 1), "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-XX:InitialHeapSize=64m -XX:MaxHeapSize=512m",
                // C1 only, like the services: ready in 38-43 s instead of 43-52 s here, 60-70 MiB less RSS.
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DEVELOPMENT_PASSWORD);
        return new EmbeddedKeycloak(port, ServiceProcess.run("identity provider (Keycloak)", command, environment,
                port, "/realms/" + REALM + "/.well-known/openid-configuration", log));
    }

    Duration awaitReady(Duration timeout) throws InterruptedException {
        return process.awaitReady(timeout);
    }

    /** What tokens carry as {@code iss}, and what services are given as their issuer URI. */
    String issuer() {
        return url() + "/realms/" + REALM;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** The realm as the embedded default imports it: the deployment's realm with the development additions. */
    static ObjectNode embeddedRealm() throws IOException {
        ObjectNode realm = (ObjectNode) resource("wps-realm.json");
        JsonNode additions = resource("embedded-default.json");
        for (String list : List.of("clients", "users")) {
            ArrayNode target = realm.has(list) ? (ArrayNode) realm.get(list) : realm.putArray(list);
            additions.get(list).forEach(target::add);
        }
        return realm;
    }

    /**
     * The development users of {@code embedded-default.json}, by user name, with their roles (and member code), for
     * the start-up summary.
     */
    static Map<String, String> developmentUsers() throws IOException {
        Map<String, String> users = new TreeMap<>();
        for (JsonNode user : resource("embedded-default.json").get("users")) {
            List<String> roles = user.get("realmRoles").valueStream().map(JsonNode::asString)
                    .filter(role -> !role.startsWith("default-roles-")).toList();
            JsonNode member = user.path("attributes").path("member_code").path(0);
            users.put(user.get("username").asString(), String.join(", ", roles)
                    + (member.isMissingNode() ? "" : " of " + member.asString()));
        }
        return users;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = EmbeddedKeycloak.class.getResourceAsStream("/identity/" + name)) {
            if (in == null) {
                throw new LaunchException("The launcher jar has no identity/" + name + "; rebuild it");
            }
            return JSON.readTree(in);
        }
    }

    /** The distribution unpacked as {@code home/keycloak} on first use. */
    private static Path unpacked(Path distribution, Path home) throws IOException {
        Path keycloak = home.resolve("keycloak");
        if (Files.isRegularFile(keycloak.resolve("bin").resolve("kc.sh"))) {
            return keycloak;
        }
        if (!Files.isRegularFile(distribution)) {
            throw new LaunchException("No Keycloak distribution at " + distribution + ". Build first: ./mvnw "
                    + "-DskipTests package (deploy/run-embedded.sh does both), or name another identity provider in "
                    + "WPS_OIDC_ISSUER_URI.");
        }
        Path partial = Files.createDirectories(home).resolve("unpacking");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new LaunchException("Unexpected entry in " + distribution + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path root;
        try (var entries = Files.list(partial)) {
            // The zip holds one folder, keycloak-VERSION.
            root = entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new LaunchException(
                    distribution + " holds no Keycloak distribution folder"));
        }
        try (var scripts = Files.list(root.resolve("bin"))) {
            scripts.filter(script -> script.toString().endsWith(".sh")).forEach(script -> script.toFile()
                    .setExecutable(true));
        }
        Files.move(root, keycloak);
        Files.delete(partial);
        return keycloak;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
