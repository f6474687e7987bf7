package org.jointfunding.deploy.k8s;

import io.fabric8.kubernetes.api.model.EnvVar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's image: built from its Quarkus package (target/quarkus-app), run as a non-root user on the port the
 * service listens on, with a class archive made in the image build.
 */
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

        docker.env().forEach((name, value) -> assertTrue(ServiceSettings.readByTheRuntime(name)
                        || ServiceDriftTest.settings(service).reads(name),
                file + ": ENV " + name + " is not a setting " + module + " reads"));
        assertTrue(Files.isRegularFile(Suite.dockerfile(service).resolveSibling(file + ".dockerignore")),
                file + ": no " + file + ".dockerignore (the build context is the whole repository)");
    }

    /**
     * Identity's Argon2id hashes (19 MiB of native memory a sign-in) go back to the system only from glibc's main
     * arena, by the JVM's periodic trim: one arena in the image, the trim in the image's and every overlay's JVM
     * options (docs/PERFORMANCE.md, "Identity's Argon2id memory in one arena").
     */
    @Test
    void identityGivesItsHashingMemoryBack() {
        Map<String, String> env = Dockerfile.of("identity").env();
        assertEquals("1", env.get(ServiceSettings.MALLOC_ARENAS), "identity.Dockerfile: ENV MALLOC_ARENA_MAX=1");
        assertTrue(env.getOrDefault(ServiceSettings.LAUNCHER_OPTIONS, "").contains("-XX:TrimNativeHeapInterval="),
                "identity.Dockerfile: JDK_JAVA_OPTIONS without -XX:TrimNativeHeapInterval");
        for (String overlay : Manifests.overlays().toList()) {
            for (EnvVar variable : Manifests.container(Manifests.of(overlay).deployment("identity")).getEnv()) {
                if (variable.getName().equals(ServiceSettings.LAUNCHER_OPTIONS)) {
                    assertTrue(variable.getValue().contains("-XX:TrimNativeHeapInterval="),
                            overlay + ": identity's JDK_JAVA_OPTIONS replace the image's without -XX:TrimNativeHeapInterval");
                }
                assertTrue(!variable.getName().equals(ServiceSettings.MALLOC_ARENAS) || "1".equals(variable.getValue()),
                        overlay + ": identity's MALLOC_ARENA_MAX is not 1");
            }
        }
    }

    /**
     * The JVM maps a class archive (AppCDS) of what a training start loaded, made in the image build on the image's
     * own java (an archive only works with the java and the jars it was made with), after the package is copied in.
     * The training is checked in the build (-Xshare:on fails the build if the archive cannot be mapped); the start
     * is not (-Xshare:auto: without a usable archive the JVM loads the classes as usual).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void imageStartsWithTheClassArchiveOfATrainingStart(String service) {
        Dockerfile docker = Dockerfile.of(service);
        String file = Suite.dockerfile(service).getFileName().toString();
        List<Dockerfile.Instruction> instructions = docker.instructions;

        String entrypoint = docker.one("ENTRYPOINT");
        var used = Pattern.compile("\"-XX:SharedArchiveFile=(/\\S+\\.jsa)\"").matcher(entrypoint);
        assertTrue(used.find(), file + ": ENTRYPOINT " + entrypoint + " starts without a class archive (-XX:SharedArchiveFile)");
        String archive = used.group(1);
        assertTrue(entrypoint.contains("\"-Xshare:auto\""),
                file + ": ENTRYPOINT must say -Xshare:auto, so that the JVM starts without an archive it cannot use");

        int training = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("RUN") && instructions.get(i).arguments().contains("-XX:ArchiveClassesAtExit=" + archive)) {
                training = i;
            }
        }
        assertTrue(training >= 0, file + ": no RUN makes " + archive + " (-XX:ArchiveClassesAtExit)");
        String run = instructions.get(training).arguments();
        assertTrue(run.contains("-Xshare:on") && run.contains("-XX:SharedArchiveFile=" + archive),
                file + ": the build does not check that the JVM can map " + archive + " (-Xshare:on)");
        String jar = entrypoint.replaceAll(".*\"-jar\"\\s*,\\s*\"(\\S*quarkus-run\\.jar)\".*", "$1");
        assertTrue(run.contains("-jar " + jar + " "),
                file + ": the training start must name the jar as the ENTRYPOINT does (" + jar + "): the archive records the class path as written");
        assertTrue(run.matches(".*java -Xmx\\d+[mg] .*"),
                file + ": the training start has no -Xmx: on a build machine with much memory the JVM would drop compressed "
                        + "pointers and the archive would not fit the container's JVM");
        for (int i = 0; i < instructions.size(); i++) {
            String keyword = instructions.get(i).keyword();
            if (keyword.equals("COPY") || keyword.equals("FROM")) {
                assertTrue(i < training, file + ": " + keyword + " after the training start: the archive would not match the jars");
            }
            if (keyword.equals("USER")) {
                assertTrue(i > training, file + ": the archive is written after USER: it would belong to the service's user");
            }
        }
    }
}
