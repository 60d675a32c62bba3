-- CreateEnum
CREATE TYPE "ConflictStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "Baseline" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "takenAsOf" DATE NOT NULL,
    "takenBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Baseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineEntry" (
    "id" SERIAL NOT NULL,
    "baselineId" INTEGER NOT NULL,
    "goLiveId" INTEGER NOT NULL,
    "planId" INTEGER,
    "plannedOn" DATE,
    "plannedPrecision" "DatePrecision",
    "plannedLabel" TEXT,
    "status" TEXT NOT NULL,
    "plansMade" INTEGER NOT NULL,

    CONSTRAINT "BaselineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" "ConflictStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "trustId" INTEGER,
    "goLiveId" INTEGER,
    "contractId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictClaim" (
    "id" SERIAL NOT NULL,
    "conflictId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "detail" TEXT,
    "sourceId" INTEGER NOT NULL,
    "certainty" "Certainty" NOT NULL,

    CONSTRAINT "ConflictClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Baseline_key_key" ON "Baseline"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Baseline_name_key" ON "Baseline"("name");

-- CreateIndex
CREATE UNIQUE INDEX "BaselineEntry_baselineId_goLiveId_key" ON "BaselineEntry"("baselineId", "goLiveId");

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_key_key" ON "Conflict"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictClaim_conflictId_position_key" ON "ConflictClaim"("conflictId", "position");

-- AddForeignKey
ALTER TABLE "BaselineEntry" ADD CONSTRAINT "BaselineEntry_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Baseline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineEntry" ADD CONSTRAINT "BaselineEntry_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineEntry" ADD CONSTRAINT "BaselineEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "GoLivePlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictClaim" ADD CONSTRAINT "ConflictClaim_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictClaim" ADD CONSTRAINT "ConflictClaim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
