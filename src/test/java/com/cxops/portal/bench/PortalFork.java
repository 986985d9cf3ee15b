package com.cxops.portal.bench;

import com.sun.tools.attach.VirtualMachine;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal as deployed, in a JVM of its own: {@code com.cxops.portal.Application} on the main class path (the test
 * classes left out, so no test configuration is picked up), embedded Tomcat on a free port of 127.0.0.1, Vaadin in
 * production mode, against the benchmark's database; no demo data, no scheduled jobs (as in the benchmark's own
 * context). Its heap and its HTTP sessions are read and expired through its local JMX agent (attached by process id),
 * so what is measured is the server's heap alone, not the benchmark's. Its log goes to target/bench-portal-fork.log.
 */
final class PortalFork implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(4);

    final int port;
    final PortalJmx jmx;
    private final Process process;
    private final JMXConnector connector;

    private PortalFork(int port, Process process, JMXConnector connector) throws IOException {
        this.port = port;
        this.process = process;
        this.connector = connector;
        this.jmx = new PortalJmx(connector.getMBeanServerConnection());
    }

    /**
     * Starts the portal against this database with this heap limit, and waits until its login page answers.
     * {@code properties} are passed as command-line properties (e.g. the Flyway switches of the benchmark run).
     */
    static PortalFork start(String url, String user, String password, String maxHeap, Map<String, String> properties) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = productionBundle() + File.pathSeparator
                + Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-Duser.timezone=UTC",
                "-Dvaadin.productionMode=true", "-cp", classPath, "com.cxops.portal.Application",
                "--server.port=" + port, "--server.address=127.0.0.1", "--server.tomcat.mbeanregistry.enabled=true",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.datasource.driver-class-name=" + (url.startsWith("jdbc:mysql:") ? "com.mysql.cj.jdbc.Driver" : "org.mariadb.jdbc.Driver"),
                "--portal.demo.enabled=false", "--portal.scheduling.enabled=false", "--logging.level.root=warn",
                "--logging.level.com.cxops=info", "--vaadin.launch-browser=false"));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Path log = Path.of("target", "bench-portal-fork.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitLoginPage(port, process, log);
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            return new PortalFork(port, process, JMXConnectorFactory.connect(new JMXServiceURL(address)));
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * What the packaged jar carries and {@code mvn test} does not build: Vaadin's production front-end. The build's
     * {@code build-frontend} step (at package) finds that the portal needs no bundle of its own ("A production mode
     * bundle build is not needed") and copies Vaadin's pre-compiled production bundle (the vaadin-prod-bundle jar,
     * already on the class path) into META-INF/VAADIN; this does the same into target/bench-portal-production, which
     * goes first on the fork's class path (its flow-build-info.json, production mode, shadows the development one).
     */
    private static Path productionBundle() throws IOException {
        String prefix = "vaadin-prod-bundle/";
        java.net.URL marker = PortalFork.class.getClassLoader().getResource(prefix + "config/flow-build-info.json");
        if (marker == null || !"jar".equals(marker.getProtocol())) {
            throw new IllegalStateException("Vaadin's production bundle (com.vaadin:vaadin-prod-bundle) is not on the class path");
        }
        String jar = marker.getPath().substring("file:".length(), marker.getPath().indexOf("!/"));
        Path target = Path.of("target", "bench-portal-production").toAbsolutePath();
        Path vaadin = target.resolve("META-INF").resolve("VAADIN");
        try (java.util.jar.JarFile bundle = new java.util.jar.JarFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
            for (java.util.jar.JarEntry entry : java.util.Collections.list(bundle.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String rest = name.substring(prefix.length());
                if (!rest.startsWith("webapp/") && !rest.equals("config/stats.json") && !rest.equals("config/flow-build-info.json")) {
                    continue;
                }
                Path file = vaadin.resolve(rest);
                Files.createDirectories(file.getParent());
                try (var in = bundle.getInputStream(entry)) {
                    Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static void awaitLoginPage(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the forked portal stopped (exit " + process.exitValue() + "); its log: " + log.toAbsolutePath());
            }
            try {
                HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/login").toURL().openConnection();
                http.setConnectTimeout(1000);
                http.setReadTimeout(30_000);
                if (http.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the forked portal did not answer within " + START + "; its log: " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            connector.close();
        } finally {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
