#!/usr/bin/env bash
# Authors a migration from prisma/schema.prisma (development machines only).
# Usage: npm run db:migrate:new -- <name>   with DATABASE_URL on a PostgreSQL server with CREATEDB.
# On these offline machines the Prisma CLI needs a stand-in schema engine: scripts/prisma-schema-engine.mjs
# unless PRISMA_SCHEMA_ENGINE_BINARY names another (see docs/decisions/002-offline-prisma.md).
set -euo pipefail
name=${1:?usage: npm run db:migrate:new -- <name>}
export CHECKPOINT_DISABLE=1
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-scripts/prisma-schema-engine.mjs}"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
npx prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --script -o "$dir/migration.sql"
echo "wrote $dir/migration.sql"
