package org.jointfunding.deploy.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each service's image: built from its fast-jar, run as a non-root user on the port the service listens on. */
class DockerfileTest {

    static List<String> services() {
        return Suite.SERVICES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void imageRunsTheFastJarAsANonRootUser(String service) {
        Dockerfile docker = Dockerfile.of(service);
        String file = Suite.dockerfile(service).getFileName().toString();
        String module = Suite.MODULES.get(service);

        String from = docker.one("FROM");
        assertTrue(from.matches("(eclipse-temurin:\\d+(\\.[\\d.]+)?(_\\d+)?-jre\\S*|\\S*/ubi\\d+/openjdk-\\d+-runtime\\S*)"),
                file + ": FROM " + from + " is not a Java runtime (JRE) image");
        int release = Integer.parseInt(Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>")
                .matcher(Suite.read(Suite.ROOT.resolve("pom.xml"))).results().findFirst().orElseThrow().group(1));
        String java = from.replaceAll(".*?(?:temurin:|openjdk-)(\\d+).*", "$1");
        assertTrue(java.matches("\\d+") && Integer.parseInt(java) >= release,
                file + ": the base image's Java (" + java + ") is older than the build's release " + release);

        List<String> copies = docker.all("COPY");
        for (String layer : List.of("lib/", "app/", "quarkus/")) {
            assertTrue(copies.stream().anyMatch(c -> c.startsWith(module + "/target/quarkus-app/" + layer)),
                    file + ": does not copy " + module + "/target/quarkus-app/" + layer);
        }
        assertTrue(copies.stream().anyMatch(c -> c.startsWith(module + "/target/quarkus-app/*.jar")),
                file + ": does not copy quarkus-run.jar");

        String user = docker.one("USER");
        assertTrue(user.matches("[1-9]\\d*(:[1-9]\\d*)?"), file + ": USER " + user + " (a numeric non-root user, so runAsNonRoot can check it)");
        long uid = Long.parseLong(user.split(":")[0]);
        for (String overlay : Manifests.overlays().toList()) {
            var context = Manifests.of(overlay).deployment(service).getSpec().getTemplate().getSpec().getSecurityContext();
            assertEquals(uid, context.getRunAsUser(), overlay + ": " + service + " runs as another user than " + file + "'s");
        }

        String entrypoint = docker.one("ENTRYPOINT");
        assertTrue(entrypoint.matches("\\[\\s*\"java\".*\"-jar\"\\s*,\\s*\"\\S*quarkus-run\\.jar\"\\s*]"),
                file + ": ENTRYPOINT " + entrypoint + " (exec form, java -jar quarkus-run.jar: the launcher reads JDK_JAVA_OPTIONS)");

        int port = ServiceDriftTest.settings(service).httpPort();
        assertEquals(port, docker.exposedPort(), file + ": EXPOSE");
        String healthcheck = docker.one("HEALTHCHECK");
        assertTrue(healthcheck.contains("CMD") && healthcheck.contains(":" + port + "/q/health/live"),
                file + ": HEALTHCHECK " + healthcheck + " (the liveness endpoint on port " + port + ")");

        docker.env().forEach((name, value) -> assertTrue(name.equals(ServiceSettings.LAUNCHER_OPTIONS)
                        || ServiceDriftTest.settings(service).reads(name),
                file + ": ENV " + name + " is not a setting " + module + " reads"));
        assertTrue(Files.isRegularFile(Suite.dockerfile(service).resolveSibling(file + ".dockerignore")),
                file + ": no " + file + ".dockerignore (the build context is the whole repository)");
    }
}
