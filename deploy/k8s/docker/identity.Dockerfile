# identity-service as a container image: the Quarkus aot-jar built by Maven, on a Java 17 runtime, with a
# class archive made by a training start in the image build.
#
#   ./mvnw -B package -DskipTests -Dquarkus.package.jar.type=aot-jar -pl identity-service -am
#   docker build -f deploy/k8s/docker/identity.Dockerfile -t joint-funding-portal/identity:dev .
#
# The build context is the repository root (<name>.Dockerfile.dockerignore keeps it to the
# package in target/quarkus-app: an aot-jar, or a fast-jar, which has the same layout and gains less
# from the archive). The files belong to root and are read-only to the
# service's user; the manifests also make the root file system read-only and mount /tmp.
FROM eclipse-temurin:17-jre-noble

RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin portal

WORKDIR /deployments
# the package's layers, the ones that change least first
COPY identity-service/target/quarkus-app/lib/ /deployments/lib/
COPY identity-service/target/quarkus-app/*.jar /deployments/
COPY identity-service/target/quarkus-app/app/ /deployments/app/
COPY identity-service/target/quarkus-app/quarkus/ /deployments/quarkus/

# A class archive (docs/PERFORMANCE.md, "The run command's class archives"): a training start on this
# image's own java, stopped by an invalid port as soon as its build-time initialisation is done (no
# database, no network), writes the classes it loaded to app-cds.jsa; the build fails if the JVM cannot map
# it. -Xmx keeps compressed pointers as at run time, whatever the build machine's memory.
RUN java -Xmx256m -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Xlog:cds=off -Dquarkus.http.port=none \
      -jar /deployments/quarkus-run.jar >/dev/null 2>&1; \
    java -Xmx256m -Xshare:on -XX:SharedArchiveFile=/deployments/app-cds.jsa -cp /deployments/quarkus-run.jar -version

# In a container the network namespace is the boundary: listen on the container's address (the
# packaged service's own default is loopback).
ENV QUARKUS_HTTP_HOST=0.0.0.0
# read by the java launcher; the manifests set their own
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=65 -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=5000"
# read by glibc: every thread's malloc in the main arena, where the JVM's periodic trim (above) gives each
# sign-in's 19 MiB Argon2id block back; in a thread's own arena glibc would keep it (docs/DEPLOY.md)
ENV MALLOC_ARENA_MAX=1

USER 10001:10001
EXPOSE 8081

# for docker and compose; Kubernetes ignores it and uses the manifests' probes
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8081/q/health/live || exit 1

# java itself as PID 1, so that SIGTERM reaches the JVM (the base image's entrypoint script only
# adds CA certificates, and writes to the root file system to do it); with the archive if the JVM can use it
# (-Xshare:auto: with other options, e.g. a heap over 32 GB, it loads the classes as usual)
ENTRYPOINT ["java", "-Xshare:auto", "-XX:SharedArchiveFile=/deployments/app-cds.jsa", "-jar", "/deployments/quarkus-run.jar"]
