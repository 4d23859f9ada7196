package org.wpsnetwork.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its own jar, exactly as {@code java -jar} runs it anywhere else (or
 * another child process the system needs, such as the identity provider). Its output goes to a log file; a
 * service is told the launcher's pid so that it ends if the launcher dies.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final String readinessPath;
    private final long startedNanos = System.nanoTime();

    private ServiceProcess(String name, int port, Process process, Path log, String readinessPath) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.readinessPath = readinessPath;
    }

    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
                                List<String> jvmOptions, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--wps.launcher.parent-pid=" + ProcessHandle.current().pid());
        return run(name, command, environment, port, "/actuator/health/readiness", log);
    }

    /** Any child process serving HTTP on {@code port}, ready once {@code readinessPath} answers 200. */
    static ServiceProcess run(String name, List<String> command, Map<String, String> environment, int port,
                              String readinessPath, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(name, port, builder.start(), log, readinessPath);
        } catch (IOException e) {
            throw new LaunchException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the service reports itself ready and answers how long it took to start.
     *
     * @throws LaunchException if it exits or is not ready in time, with the end of its log
     */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI readiness = URI.create(url() + readinessPath);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LaunchException(name + " stopped while starting (exit code " + process.exitValue()
                        + "). The end of " + log + ":\n" + tail(40));
            }
            if (answersOk(readiness)) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(200);
        }
        throw new LaunchException(name + " was not ready within " + timeout.toSeconds() + " s. The end of " + log
                + ":\n" + tail(40));
    }

    /** Whether {@code address} answers 200 now (not listening yet counts as no). */
    static boolean answersOk(URI address) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** Asks the service to shut down gracefully; forces it after {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        // A start script's JVM too, should the script not have replaced itself with it.
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().orTimeout(grace.toMillis(), TimeUnit.MILLISECONDS).exceptionally(late -> {
                    child.destroyForcibly();
                    return child;
                }).join();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
