# What run.sh and profile.sh both need; sourced, with $root, $app and a work-directory prefix set.
# After `bench_setup <prefix>`: $work is a fresh directory, every pid added to $pids is killed on exit.

bench_setup() { # work-directory prefix, such as gateway-bench
  if [ ! -f "$app/quarkus-run.jar" ]; then
    echo "Building the gateway (./mvnw -pl gateway -am package -DskipTests)..." >&2
    (cd "$root" && ./mvnw -B -q -pl gateway -am package -DskipTests)
  fi
  work="$(mktemp -d "/tmp/$1.XXXXXX")"
  pids=()
  trap bench_cleanup EXIT INT TERM
}

bench_cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

build_scg() { # the Spring Cloud Gateway peer (scg/), with the repo's Maven wrapper: scg/target/scg-peer.jar
  echo "Building the Spring Cloud Gateway peer (mvnw -f deploy/load/gateway/scg/pom.xml package)..." >&2
  "$root/mvnw" -B -q -f "$here/scg/pom.xml" package -DskipTests
}
