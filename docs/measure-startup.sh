#!/usr/bin/env bash
# Measures Tillit's start-up time and memory: the demo profile on the embedded PostgreSQL, a first start
# (empty data folder: initdb, Camunda's schema, Flyway, demo data) and warm starts on the same data.
# Prints the figures the README reports. Usage: docs/measure-startup.sh [runs]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=app/target/tillit.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
data=$(mktemp -d)
port=18080
trap 'rm -rf "$data"' EXIT

metric() { # name area:X -> megabytes, summed over the pools, from the Prometheus metrics (the monitoring account;
           # people do not use HTTP Basic)
  curl -sf -u monitorering:tillit-demo-2026 "http://localhost:$port/actuator/prometheus" |
    python3 -c 'import sys
name = sys.argv[1].replace(".", "_") + "_bytes{"
area = "area=\"" + sys.argv[2].split(":")[1] + "\""
print(round(sum(float(l.rsplit(" ", 1)[1]) for l in sys.stdin if l.startswith(name) and area in l) / 1048576))' "$1" "$2"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for run in $(seq 0 "$runs"); do
  log="$data/run-$run.log"
  java -jar "$jar" --spring.profiles.active=demo --server.port=$port \
       --tillit.embedded-postgres.data-directory="$data/postgres" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
    sleep 0.5
  done
  started=$(grep -o 'Started TillitApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*')
  jcmd "$pid" GC.run >/dev/null
  heap_used=$(metric jvm.memory.used area:heap)
  heap_committed=$(metric jvm.memory.committed area:heap)
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  label=$([ "$run" = 0 ] && echo "first start (empty data)" || echo "warm start $run")
  echo "$label: started in ${started} s; heap used after GC ${heap_used} MB, committed ${heap_committed} MB; RSS ${rss} MB"
  kill "$pid"; wait "$pid" || true
  if pgrep -f "postgres -D $data/postgres" >/dev/null; then
    echo "embedded PostgreSQL still running after the application stopped" >&2; exit 1
  fi
done
