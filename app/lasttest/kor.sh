#!/usr/bin/env bash
# The load test in one command (docs/performance.md, "The load test"):
#
#   app/lasttest/kor.sh [small|m|stockholm]          (default: stockholm)
#
# 1. starts the machine's PostgreSQL (127.0.0.1:5432) if it is stopped;
# 2. builds app/target/tillit.jar if it is missing;
# 3. fills the database tillit_<profile> with the data generator unless it exists (drop it to generate anew);
# 4. starts Tillit on it (port 8090, no demo profile: the generated accounts), waits until it is ready;
#    with /engine-rest switched on for the REST scenarios (off by default, ADR 19), which run as the service account
#    lasttest.rest that this script creates (people log in with the form: never HTTP Basic, issue 16);
# 5. runs Gatling once briefly to warm up, then the measured run (ArbetsdagSimulation);
# 6. writes app/lasttest/target/resultat-<profile>.md: p50/p95/p99, throughput and errors per request, the dataset,
#    the machine.
# Settings: ANVANDARE (concurrent users, 50), SEKUNDER (per scenario, 60), PAUS_MIN_MS/PAUS_MAX_MS (think time,
# 1000/3000), SCENARIER (comma list), UPPVARMNING=nej (no warm-up run), UPPVARMNING_UPPGIFTER (assessments completed in the
# warm-up, 40), TILLIT_LASTTEST_DATABAS, TILLIT_LASTTEST_PORT,
# BEHORIGHETSKONTROLL=nej (switch the engine's authorization check off for this run, as the runs before issue 16 measured
# the REST query: the engine's raw query, a baseline; Tillit's own pages are unaffected, they run in an engine admin group),
# JFR=<file>.jfr (record the application with Java Flight Recorder's profiling settings, written when it stops; read
# it with app/lasttest/profil.py, docs/performance.md "Profiling").
set -euo pipefail
cd "$(dirname "$0")/../.."
rot=$(pwd)
profil=${1:-stockholm}
databas=${TILLIT_LASTTEST_DATABAS:-tillit_$profil}
port=${TILLIT_LASTTEST_PORT:-8090}
anvandare=${ANVANDARE:-50}
behorighetskontroll=${BEHORIGHETSKONTROLL:-ja}
sekunder=${SEKUNDER:-60}
scenarier=${SCENARIER:-lista,filtrerad,forsenat,arendesida,uppgiftssida,beslutssida,journal,revision,bestallningar,bestallning,slutfor,rest,restfiltrerad}
ut=app/lasttest/target
mkdir -p "$ut/data"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
sql() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

# the jar of this checkout (set TILLIT_LASTTEST_BYGG=nej to use the one already built)
[ "${TILLIT_LASTTEST_BYGG:-ja}" = "nej" ] && [ -f app/target/tillit.jar ] || mvn -B -q -pl app -am package -DskipTests -Djacoco.skip=true

if [ "$(sql -d postgres -c "select count(*) from pg_database where datname = '$databas'")" = "0" ]; then
  echo "== Generating the $profil profile into $databas"
  mvn -B -q -pl app test -Pgenerator -Dtillit.generator.profil="$profil" -Dtillit.generator.databas="$databas" -Djacoco.skip=true
fi

# the objects the virtual users work on: open cases of each unit, and unassigned assessments (each completed once)
sql -d "$databas" -F';' -c "select enhet_kod, id from arende where avslutat is null order by random() limit 20000" > "$ut/data/arenden.csv"
# (the first UPPVARMNING_UPPGIFTER, 40, are completed in the warm-up: completing a task is measured warm, as every other
# request; without it the measured completions were the JVM's first, their class loading and compilation included)
sql -d "$databas" -F';' -c "select enhet_kod, task_id from uppgift where uppgiftstyp = 'Task_BedomAktualisering' and tilldelad is null order by random()" > "$ut/data/uppgifter-alla.csv"
uppvarmningsuppgifter=${UPPVARMNING_UPPGIFTER:-40}
if [ "${UPPVARMNING:-ja}" = "ja" ]; then
  head -n "$uppvarmningsuppgifter" "$ut/data/uppgifter-alla.csv" > "$ut/data/uppgifter-uppvarmning.csv"
  tail -n +"$((uppvarmningsuppgifter + 1))" "$ut/data/uppgifter-alla.csv" > "$ut/data/uppgifter.csv"
else
  cp "$ut/data/uppgifter-alla.csv" "$ut/data/uppgifter.csv"
fi
# long journals for the journal page: 200 notes on each of 10 open cases of every unit, written once into the database
# (the generator writes no journal); a note as a handläggare of the unit writes it, dated one a day backwards
if [ "$(sql -d "$databas" -c "select count(*) from journalanteckning where text like 'Lasttest: %'")" = "0" ]; then
  sql -d "$databas" -c "insert into journalanteckning (arende_id, handelsedatum, slag, text, forfattare, signerad, idempotensnyckel)
    select a.id, current_date - n, 'SAMTAL', 'Lasttest: ' || repeat('Samtal med den enskilde om insatsens innehåll och omfattning. ', 8),
           'gen.' || lower(a.enhet_kod) || '.h01', now() - n * interval '1 day', gen_random_uuid()
      from (select id, enhet_kod, row_number() over (partition by enhet_kod order by id) as nr from arende where avslutat is null) a,
           generate_series(1, 200) n
     where a.nr <= 10"
fi
# the service account of the engine's REST scenarios, once: people never use HTTP Basic (issue 16) and /engine-rest reads
# no browser session. lasttest.rest has the role INTEGRATION and gen.admin's password hash (the generated password, bcrypt
# cost 4: Basic checks it on every request). Its engine group grants nothing (ADR 19), so the user gets one grant of its
# own in the engine's table, READ_TASK (64) on every process definition (resource type 6): its task query returns the
# unit's tasks, the set the list shows.
sql -d "$databas" -c "insert into anvandare (anvandarnamn, namn, losenord_hash, tjanstekonto, skapad_av)
  select 'lasttest.rest', 'Lasttestens REST-konto', losenord_hash, true, 'lasttest' from anvandare where anvandarnamn = 'gen.admin'
  on conflict do nothing"
sql -d "$databas" -c "insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av)
  values ('lasttest.rest', 'SOCFORV', 'INTEGRATION', 'lasttest') on conflict do nothing"
sql -d "$databas" -c "insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)
  values (cast(gen_random_uuid() as text), 1, 1, 'lasttest.rest', 6, '*', 64) on conflict do nothing"
sql -d "$databas" -F';' -c "select distinct a.enhet_kod, a.id from arende a join journalanteckning j on j.arende_id = a.id
  where j.text like 'Lasttest: %'" > "$ut/data/journaler.csv"
# open tasks done on the task page, to read the page alone (the scenario slutför reads it between its writes); not the
# assessments slutför completes, in the warm-up too
sql -d "$databas" -F';' -c "select enhet_kod, task_id from uppgift where kandidatroll = 'HANDLAGGARE' and sida is null
  and lexsarah_id is null and not (uppgiftstyp = 'Task_BedomAktualisering' and tilldelad is null)
  order by random() limit 20000" > "$ut/data/uppgiftssidor.csv"
# decisions of open cases for the decision page; the open cases with the longest engine history for the auditor's page
sql -d "$databas" -F';' -c "select a.enhet_kod, b.id from beslut b join arende a on a.id = b.arende_id where a.avslutat is null
  order by random() limit 20000" > "$ut/data/beslut.csv"
# the provider's orders (issue 17): orders to each provider unit, for the order's page and, by the unit's account, its list
sql -d "$databas" -F';' -c "select utforare, beslut_id from bestallning order by random() limit 20000" > "$ut/data/bestallningar.csv"
sql -d "$databas" -F';' -c "select a.enhet_kod, a.id from arende a join act_hi_procinst p on p.business_key_ = a.arendenummer
  join act_hi_actinst h on h.proc_inst_id_ = p.id_ where a.avslutat is null group by a.enhet_kod, a.id
  order by count(*) desc limit 200" > "$ut/data/langa-arenden.csv"
per_enhet=$(sql -d "$databas" -c "select count(*) from anvandare where anvandarnamn like 'gen.lss.h%'")
dataset=$(sql -d "$databas" -F' ' -c "select (select count(*) from arende), (select count(*) from arende where avslutat is null),
  (select count(*) from act_ru_task), (select count(*) from bestallning where verkstalld is not null),
  (select count(*) from act_ru_job where handler_type_ like 'timer%'), (select count(*) from act_hi_actinst),
  pg_size_pretty(pg_database_size(current_database()))")

echo "== Starting Tillit on $databas, port $port"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$databas" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  PORT=$port TILLIT_SECURE_COOKIE=false TILLIT_LOG_FORMAT= SPRING_MAIL_PORT=2525 TILLIT_CAMUNDA_ENGINE_REST=true \
  CAMUNDA_BPM_AUTHORIZATION_ENABLED=$([ "$behorighetskontroll" = "nej" ] && echo false || echo true) \
  java -Xms1g -Xmx2g ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true -XX:FlightRecorderOptions=stackdepth=256} -jar app/target/tillit.jar > "$ut/tillit.log" 2>&1 &
app=$!
# on exit the application stops (and writes its flight recording, if one was asked for) before the script ends
trap 'kill $app 2>/dev/null && wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = "200" ] && break
  kill -0 $app 2>/dev/null || { tail -50 "$ut/tillit.log"; exit 1; }
  sleep 1
done

gatling() {
  mvn -B -q -f app/lasttest/pom.xml gatling:test -Dbas="http://127.0.0.1:$port" -DhandlaggarePerEnhet="$per_enhet" \
    -Ddata="$rot/$ut/data" -DpausMinMs="${PAUS_MIN_MS:-1000}" -DpausMaxMs="${PAUS_MAX_MS:-3000}" "$@"
}
if [ "${UPPVARMNING:-ja}" = "ja" ]; then
  echo "== Warm-up (not measured): 10 users, 15 s per scenario: $scenarier"
  gatling -Danvandare=10 -Dsekunder=15 -Duppgifter=uppgifter-uppvarmning.csv \
    -Dscenarier="$scenarier" > "$ut/uppvarmning.log" 2>&1 || true
fi
echo "== Measured: $anvandare users, $sekunder s per scenario: $scenarier"
status=0
gatling -Danvandare="$anvandare" -Dsekunder="$sekunder" -Dscenarier="$scenarier" | tee "$ut/gatling.log" || status=$?

rapport=$(ls -td "$ut"/gatling/arbetsdagsimulation-* | head -1)
python3 app/lasttest/sammanfatta.py "$rapport" "$profil" "$databas" "$anvandare" "$sekunder" "${PAUS_MIN_MS:-1000}" "${PAUS_MAX_MS:-3000}" \
  "$dataset" > "$ut/resultat-$profil.md"
echo "Engine authorization check for the REST scenarios' service account: $behorighetskontroll (BEHORIGHETSKONTROLL)." >> "$ut/resultat-$profil.md"
cat "$ut/resultat-$profil.md"
echo "Gatling's own report: $rapport/index.html"
exit $status
