#!/usr/bin/env bash
# Prints the SQL that creates Camunda 7.24's tables in PostgreSQL, taken from the engine inside the built
# application, in the order the engine itself uses. For production, where the engine must not change the
# schema (TILLIT_CAMUNDA_SCHEMA_UPDATE=false):
#
#   mvn -DskipTests package
#   docker/camunda-schema.sh app/target/tillit.jar | psql "postgresql://tillit@db-host/tillit"
#
# Upgrades between Camunda versions: org/camunda/bpm/engine/db/upgrade/postgres_engine_<from>_to_<to>.sql
# in the same jar (docs/operations.md). Our own tables are created by Flyway when the application starts.
set -euo pipefail
jar="${1:?usage: $0 path/to/tillit.jar}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
engine=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/camunda-engine-[0-9.]+\.jar$')
unzip -q -o "$jar" "$engine" -d "$work"
for part in engine history identity case.engine case.history decision.engine decision.history; do
  unzip -p "$work/$engine" "org/camunda/bpm/engine/db/create/activiti.postgres.create.$part.sql"
  echo
done
