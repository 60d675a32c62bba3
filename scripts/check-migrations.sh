#!/usr/bin/env bash
# Checks that prisma/schema.prisma and the committed migrations agree: the schema the migrations build,
# replayed on a scratch (shadow) database, against the one schema.prisma describes. Exits 2 and prints the
# difference when a change to the schema has no migration (or a migration no change).
# Usage: bash scripts/check-migrations.sh <server URL of a role with CREATEDB>, e.g.
#   bash scripts/check-migrations.sh postgresql://rollout:rollout@127.0.0.1:5432
set -euo pipefail
cd "$(dirname "$0")/.."
server=${1:?usage: bash scripts/check-migrations.sh postgresql://user:password@host:port}
shadow="rollout_migrations_check_$$"
psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS $shadow" -c "CREATE DATABASE $shadow"
trap 'psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS $shadow WITH (FORCE)" || true' EXIT
# The Prisma CLI's native schema engine cannot be downloaded offline: the WebAssembly stand-in (decision 002).
CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY=scripts/prisma-schema-engine.mjs \
  DATABASE_URL="$server/$shadow" SHADOW_DATABASE_URL="$server/$shadow" \
  npx prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
