package org.wpsnetwork.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    private static final Path SERVICES = Path.of("/opt/wps/services");

    @Test
    void withoutOptionsEverythingRunsEmbeddedOnTheDocumentedPorts() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of(), SERVICES);

        assertThat(options.dataDir()).isEqualTo(Path.of("wps-data").toAbsolutePath());
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.servicePorts()).containsExactly(Map.entry("membership", 8081), Map.entry("meetings", 8082),
                Map.entry("nap-monitoring", 8083), Map.entry("reporting", 8084), Map.entry("portal", 8085));
        assertThat(options.externalKafka()).isNull();
        assertThat(options.externalMongo()).isNull();
        assertThat(options.serviceJvmOptions()).isEqualTo(LaunchOptions.DEFAULT_SERVICE_JVM_OPTIONS);
        assertThat(options.identityPort()).isEqualTo(8180);
        assertThat(options.externalIssuer()).isNull();
        assertThat(options.loadRecord()).isTrue();
        assertThat(options.mailPort()).isEqualTo(3025);
        assertThat(options.mailWebPort()).isEqualTo(8025);
        assertThat(options.externalMail()).isNull();
        assertThat(options.notificationInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void noSeedSkipsLoadingTheRecord() {
        assertThat(LaunchOptions.parse(new String[] {"--no-seed"}, Map.of(), SERVICES).loadRecord()).isFalse();
    }

    @Test
    void optionsWinOverTheEnvironmentAndExternalInfrastructureComesFromIt() {
        LaunchOptions options = LaunchOptions.parse(
                new String[] {"--data-dir=/srv/wps", "--kafka-port=19092", "--reporting-port=9000"},
                Map.of("WPS_DATA_DIR", "/ignored", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                        "MONGODB_URI", "mongodb://db:27017", "WPS_SERVICE_JAVA_OPTS", "-Xmx1g  -Dx=y",
                        "SPRING_MAIL_HOST", "relay.example.org"),
                SERVICES);

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/wps"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.kafkaControllerPort()).isEqualTo(19093);
        assertThat(options.servicePorts()).containsEntry("reporting", 9000).containsEntry("membership", 8081);
        assertThat(options.externalKafka()).isEqualTo("kafka:9092");
        assertThat(options.externalMongo()).isEqualTo("mongodb://db:27017");
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx1g", "-Dx=y");
        assertThat(options.externalMail()).isEqualTo("relay.example.org");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-port=ninety"}, Map.of(), SERVICES))
                .hasMessage("--kafka-port must be a port number from 1 to 65535, not 'ninety'");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--colour=blue"}, Map.of(), SERVICES))
                .hasMessage("Unknown option(s): colour");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"start"}, Map.of(), SERVICES))
                .hasMessage("Unrecognised argument 'start'");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--notification-interval=0s"}, Map.of(),
                SERVICES)).hasMessage("--notification-interval must be a positive ISO-8601 duration such as PT1M, "
                + "not '0s'");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--notification-interval=PT0S"}, Map.of(),
                SERVICES)).hasMessageContaining("positive");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--help"}, Map.of(), SERVICES))
                .isInstanceOf(LaunchOptions.UsageException.class).hasMessage(null);
    }
}
