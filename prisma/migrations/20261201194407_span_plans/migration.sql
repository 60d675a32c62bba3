-- DropIndex
DROP INDEX "GoLiveStatusSpan_goLiveId_idx";

-- AlterTable
ALTER TABLE "GoLiveStatusSpan" ADD COLUMN     "firstPlannedLabel" TEXT,
ADD COLUMN     "firstPlannedOn" DATE,
ADD COLUMN     "firstPlannedPrecision" "DatePrecision",
ADD COLUMN     "latestPlannedLabel" TEXT,
ADD COLUMN     "latestPlannedOn" DATE,
ADD COLUMN     "latestPlannedPrecision" "DatePrecision",
ADD COLUMN     "wentLiveOn" DATE,
ADD COLUMN     "wentLivePrecision" "DatePrecision";

-- CreateIndex
CREATE INDEX "GoLiveStatusSpan_goLiveId_hindsight_validFrom_idx" ON "GoLiveStatusSpan"("goLiveId", "hindsight", "validFrom");
