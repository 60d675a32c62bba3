-- CreateEnum
CREATE TYPE "ToleranceKind" AS ENUM ('SLIP', 'DEADLINE', 'MONEY');

-- CreateTable
CREATE TABLE "Tolerance" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ToleranceKind" NOT NULL,
    "goLiveId" INTEGER,
    "slipDays" INTEGER,
    "amount" DECIMAL(16,2),
    "deadline" DATE,
    "baselineId" INTEGER,
    "baselineOn" DATE,
    "cleared" BOOLEAN NOT NULL DEFAULT false,
    "agreedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "setById" TEXT NOT NULL,
    "setByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tolerance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tolerance_key_key" ON "Tolerance"("key");

-- CreateIndex
CREATE INDEX "Tolerance_goLiveId_kind_agreedOn_idx" ON "Tolerance"("goLiveId", "kind", "agreedOn");

-- AddForeignKey
ALTER TABLE "Tolerance" ADD CONSTRAINT "Tolerance_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tolerance" ADD CONSTRAINT "Tolerance_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each kind carries its own limit, and nothing else's: a cleared tolerance carries none.
ALTER TABLE "Tolerance" ADD CONSTRAINT "Tolerance_limit" CHECK (
  ("cleared" AND "slipDays" IS NULL AND "amount" IS NULL AND "deadline" IS NULL AND "baselineId" IS NULL AND "baselineOn" IS NULL)
  OR (NOT "cleared" AND "kind" = 'SLIP' AND "slipDays" >= 0 AND "amount" IS NULL AND "deadline" IS NULL AND (("baselineId" IS NULL) <> ("baselineOn" IS NULL)))
  OR (NOT "cleared" AND "kind" = 'MONEY' AND "amount" >= 0 AND "slipDays" IS NULL AND "deadline" IS NULL AND (("baselineId" IS NULL) <> ("baselineOn" IS NULL)))
  OR (NOT "cleared" AND "kind" = 'DEADLINE' AND "deadline" IS NOT NULL AND "slipDays" IS NULL AND "amount" IS NULL AND "baselineId" IS NULL AND "baselineOn" IS NULL));

-- A tolerance is part of the record: pages derived from it are kept under the record's version (decision 017).
CREATE CONSTRAINT TRIGGER "record_version" AFTER INSERT OR UPDATE OR DELETE ON "Tolerance"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_version_bump"();
CREATE TRIGGER "record_version_truncate" AFTER TRUNCATE ON "Tolerance"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_version_bump"();
