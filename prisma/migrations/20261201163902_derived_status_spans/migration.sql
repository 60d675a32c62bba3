-- CreateEnum
CREATE TYPE "RolloutStatus" AS ENUM ('PLANNED', 'NEXT_IN_LINE', 'HALTED', 'LIVE', 'WITHDRAWN', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "RagRating" AS ENUM ('RED', 'AMBER', 'GREEN', 'NOT_RATED');

-- CreateTable
CREATE TABLE "GoLiveStatusSpan" (
    "id" SERIAL NOT NULL,
    "goLiveId" INTEGER NOT NULL,
    "hindsight" BOOLEAN NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "status" "RolloutStatus" NOT NULL,
    "certainty" "Certainty" NOT NULL,
    "rating" "RagRating" NOT NULL,

    CONSTRAINT "GoLiveStatusSpan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DerivedState" (
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DerivedState_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "GoLiveStatusSpan_hindsight_validFrom_validTo_idx" ON "GoLiveStatusSpan"("hindsight", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "GoLiveStatusSpan_goLiveId_idx" ON "GoLiveStatusSpan"("goLiveId");

-- AddForeignKey
ALTER TABLE "GoLiveStatusSpan" ADD CONSTRAINT "GoLiveStatusSpan_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;
