#!/usr/bin/env bash
# Which libraries the loaded classes come from, in each process of a running suite (issue 20, target 2: a
# service's metaspace, class space and symbols are a third of its RSS and follow the number of classes loaded).
# Reads every JVM started from a module's target/*/quarkus-run.jar (deploy/local/run.sh's processes, or any
# other start of the packages) with `jcmd <pid> VM.class_hierarchy` and counts the classes by library.
#
# Usage: deploy/local/run.sh (in another terminal), then deploy/load/processes/classes.sh
#        Needs the JDK's jcmd beside the java that runs the suite, and python3. Takes seconds; changes nothing.
set -euo pipefail

command -v python3 >/dev/null || { echo "Needs python3" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/classes.XXXXXX")"
trap 'rm -rf "$work"' EXIT

found=0
for pid in $(pgrep -f 'target/[^ ]*/quarkus-run.jar' || true); do
  jar=$(tr '\0' '\n' < "/proc/$pid/cmdline" | grep -m1 'quarkus-run.jar$' || true)
  module=$(basename "$(dirname "$(dirname "$(dirname "$jar")")")")
  jcmd_bin="$(dirname "$(readlink -f "/proc/$pid/exe")")/jcmd"
  [ -x "$jcmd_bin" ] || jcmd_bin=jcmd
  "$jcmd_bin" "$pid" VM.class_hierarchy > "$work/${module%-service}" 2>/dev/null && found=$((found + 1))
done
[ "$found" -gt 0 ] || { echo "No running quarkus-run.jar found: start the suite first (deploy/local/run.sh)." >&2; exit 1; }

python3 - "$work" <<'PY'
import collections, os, re, sys
# the first prefix that matches names the library; order matters (org.hibernate.validator before org.hibernate)
LIBRARIES = [
    ("java. javax. jdk. sun. com.sun.", "the JDK"),
    ("org.hibernate.validator.", "Hibernate Validator"), ("org.hibernate.", "Hibernate ORM"), ("org.antlr.", "ANTLR (Hibernate's HQL parser)"),
    ("io.quarkus.opentelemetry. io.opentelemetry.", "OpenTelemetry"), ("io.quarkus.micrometer. io.micrometer. io.prometheus.", "Micrometer"),
    ("io.quarkus.smallrye.openapi. io.smallrye.openapi. org.eclipse.microprofile.openapi. org.yaml.", "SmallRye OpenAPI (with SnakeYAML)"),
    ("io.quarkus.", "Quarkus"), ("io.netty.", "Netty"), ("io.vertx.", "Vert.x"), ("com.fasterxml.", "Jackson"),
    ("io.smallrye.", "SmallRye (config, context, mutiny, health, JWT)"), ("org.jose4j.", "jose4j (JWT)"), ("jakarta.", "Jakarta APIs"),
    ("org.flywaydb.", "Flyway"), ("com.arjuna. io.narayana.", "Narayana (transactions)"), ("org.postgresql.", "PostgreSQL JDBC"),
    ("io.agroal.", "Agroal (connection pool)"), ("org.jboss.resteasy.", "RESTEasy Reactive"), ("org.jboss.", "JBoss (logging, threads, ...)"),
    ("com.github.benmanes.caffeine.", "Caffeine"), ("com.google.ortools. com.google.protobuf.", "OR-Tools"), ("com.sun.jna.", "JNA"),
    ("org.jointfunding.", "the portal's own"),
]
table = collections.OrderedDict((name, collections.Counter()) for name in sorted(os.listdir(sys.argv[1])))
for module, counts in table.items():
    for line in open(os.path.join(sys.argv[1], module)):
        match = re.search(r"([A-Za-z_$][\w$]*(?:[./][\w$]+)+)", line)
        if not match:
            continue
        name = match.group(1).replace("/", ".")
        counts[next((lib for prefixes, lib in LIBRARIES if name.startswith(tuple(prefixes.split()))), "other")] += 1
modules = list(table)
total = collections.Counter()
for counts in table.values():
    total.update(counts)
print("| library | " + " | ".join(modules) + " |")
print("|---|" + "---|" * len(modules))
print("| **all classes** | " + " | ".join(f"**{sum(table[m].values()):,}**" for m in modules) + " |")
for lib, _ in total.most_common():
    print(f"| {lib} | " + " | ".join(f"{table[m][lib]:,}" for m in modules) + " |")
PY
