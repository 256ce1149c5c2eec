#!/usr/bin/env bash
# The gallring run at a generated profile's size (docs/performance.md, "Gallring at profile M"):
#
#   app/lasttest/gallring.sh [m|stockholm|small]          (default: m)
#
# 1. starts the machine's PostgreSQL (127.0.0.1:5432) if it is stopped, builds app/target/tillit.jar if it is missing;
# 2. generates tillit_<profile> if it does not exist (as kor.sh), then copies it to tillit_<profile>_gallring, because a
#    gallring run destroys files and the profile's database is kept for the load test;
# 3. starts Tillit on the copy (port 8091) and, as its users do on /admin/gallring with the form and its CSRF token:
#    gen.admin makes a proposal now and approves it, the demo's admin confirms it (two administrators, ADR 23);
# 4. waits until the run's destruction is done (or GRANS_MINUTER, 15, have passed: the rate is then what it reports) and writes app/lasttest/target/gallring-<profile>.md: the wall time of
#    each request, the application's own log lines of the proposal and the destruction (counts and ms), the dataset
#    before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
profil=${1:-m}
kalla=tillit_$profil
databas=${kalla}_gallring
port=${TILLIT_GALLRING_PORT:-8091}
ut=app/lasttest/target
mkdir -p "$ut"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
sql() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
[ "${TILLIT_LASTTEST_BYGG:-ja}" = "nej" ] && [ -f app/target/tillit.jar ] || mvn -B -q -pl app -am package -DskipTests -Djacoco.skip=true
if [ "$(sql -d postgres -c "select count(*) from pg_database where datname = '$kalla'")" = "0" ]; then
  echo "== Generating the $profil profile into $kalla"
  mvn -B -q -pl app test -Pgenerator -Dtillit.generator.profil="$profil" -Dtillit.generator.databas="$kalla" -Djacoco.skip=true
fi
echo "== Copying $kalla to $databas"
sql -d postgres -c "drop database if exists $databas"
sql -d postgres -c "create database $databas template $kalla"

datamangd() {
  sql -d "$databas" -F' ' -c "select (select count(*) from person), (select count(*) from arende),
    (select count(*) from arende where avslutat is null), (select count(*) from act_hi_procinst),
    (select count(*) from act_hi_actinst), pg_size_pretty(pg_database_size(current_database()))"
}
fore=$(datamangd)

echo "== Starting Tillit on $databas, port $port"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$databas" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  PORT=$port TILLIT_SECURE_COOKIE=false TILLIT_LOG_FORMAT= SPRING_MAIL_PORT=2525 \
  java -Xms1g -Xmx2g -jar app/target/tillit.jar > "$ut/gallring-tillit.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null && wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = "200" ] && break
  kill -0 $app 2>/dev/null || { tail -50 "$ut/gallring-tillit.log"; exit 1; }
  sleep 1
done

bas="http://127.0.0.1:$port"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
logga_in() { # user password cookie-jar
  rm -f "$3"
  local t; t=$(curl -s -c "$3" -b "$3" "$bas/login" | csrf)
  curl -s -o /dev/null -c "$3" -b "$3" --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$t" "$bas/login"
}
posta() { # cookie-jar path -> "http-status seconds"
  local t; t=$(curl -s -b "$1" "$bas/admin/gallring" | csrf)
  curl -s -o /dev/null -b "$1" -c "$1" -w '%{http_code} %{time_total}' --data-urlencode "_csrf=$t" "$bas$2"
}
a1=$ut/gallring-a1.jar; a2=$ut/gallring-a2.jar
logga_in gen.admin tillit-benchmark "$a1"
logga_in admin tillit-demo-2026 "$a2"

# an upgraded database's case histories get their removal time cleared at the first start (ADR 24), a batch of the engine's
# job executor: measured alone, the proposal and the destruction wait until it is done
for _ in $(seq 1 3600); do
  [ "$(sql -d "$databas" -c "select count(*) from act_ru_batch")" = "0" ] && break
  sleep 2
done
echo "== Proposal"
forslag=$(posta "$a1" /admin/gallring/korningar)
korning=$(sql -d "$databas" -c "select id from gallringskorning where status = 'FORESLAGEN' order by skapad desc limit 1")
echo "== Approval and confirmation of $korning"
godkannande=$(posta "$a1" "/admin/gallring/korningar/$korning/godkannande")
bekraftelse=$(posta "$a2" "/admin/gallring/korningar/$korning/bekraftelse")
# the destruction runs in the background after the confirmation: wait for the application's line that says it is done
for _ in $(seq 1 $((${GRANS_MINUTER:-15} * 60))); do
  grep -q "Gallring run $korning of" "$ut/gallring-tillit.log" && break
  kill -0 $app 2>/dev/null || { tail -50 "$ut/gallring-tillit.log"; exit 1; }
  sleep 1
done
forstoring=$(sql -d "$databas" -F' ' -c "select count(*) filter (where utfall = 'GALLRAD'), count(*) filter (where utfall = 'BEVARAD'),
  count(*) filter (where utfall = 'MISSLYCKAD'), count(*) filter (where personen_gallrad), coalesce(sum(loggrader), 0),
  (select coalesce(sum(r.antal), 0) from gallringsforstoring_rad r join gallringsforstoring g on g.id = r.forstoring_id
    where g.korning_id = '$korning'),
  round(extract(epoch from max(klar) - min(startad))::numeric, 1),
  (select forfallna from gallringskorning where id = '$korning'),
  round((percentile_cont(0.5) within group (order by extract(epoch from klar - startad)) * 1000)::numeric),
  round((percentile_cont(0.95) within group (order by extract(epoch from klar - startad)) * 1000)::numeric)
  from gallringsforstoring where korning_id = '$korning'")
forslaget=$(sql -d "$databas" -F' ' -c "select granskade, forfallna, undantagna from gallringskorning where id = '$korning'")
efter=$(datamangd)

{
  echo "Gallring at profile $profil on $databas (a copy of $kalla), $(date -I), $(nproc) cores."
  echo
  echo "| request | HTTP status and seconds |"
  echo "|---|---|"
  echo "| proposal now (gen.admin) | $forslag |"
  echo "| approval (gen.admin) | $godkannande |"
  echo "| confirmation (admin) | $bekraftelse |"
  echo
  echo "The proposal (files read, due, kept): $forslaget"
  echo
  echo "The destruction (files destroyed, kept after all, failed, person rows removed, access-log rows pseudonymised,"
  echo "rows destroyed, seconds from the first person's start to the last one's end, files due in all, ms per person"
  echo "p50 and p95; stopped after GRANS_MINUTER when fewer were done than due):"
  echo "$forstoring"
  echo
  echo "Dataset (persons, cases, open cases, historic process instances, historic activity instances, size):"
  echo "before: $fore; after: $efter"
  echo
  echo "The application's lines:"
  echo '```'
  grep -E "Gallring proposal|Gallring run [0-9a-f-]+ of|failed and was rolled back" "$ut/gallring-tillit.log" | sed 's/^.*\(Gallring\)/\1/' | head -20
  echo '```'
} > "$ut/gallring-$profil.md"
cat "$ut/gallring-$profil.md"
