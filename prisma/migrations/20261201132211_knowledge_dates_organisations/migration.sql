-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('ACUTE_TRUST', 'FOUNDATION_TRUST', 'PRIMARY_CARE_TRUST');

-- CreateEnum
CREATE TYPE "OrganisationChangeKind" AS ENUM ('RENAMED', 'TYPE_CHANGED', 'MERGED_INTO');

-- AlterTable
ALTER TABLE "Acceptance" ADD COLUMN     "knownOn" DATE,
ADD COLUMN     "knownPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "ContractEvent" ADD COLUMN     "knownOn" DATE,
ADD COLUMN     "knownPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "GoLiveActual" ADD COLUMN     "knownOn" DATE,
ADD COLUMN     "knownPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "knownOn" DATE,
ADD COLUMN     "knownPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "knownOn" DATE,
ADD COLUMN     "knownPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "type" "OrganisationType" NOT NULL DEFAULT 'ACUTE_TRUST';

-- CreateTable
CREATE TABLE "OrganisationChange" (
    "id" SERIAL NOT NULL,
    "trustId" INTEGER NOT NULL,
    "kind" "OrganisationChangeKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "name" TEXT,
    "shortName" TEXT,
    "type" "OrganisationType",
    "successorId" INTEGER,
    "note" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "knownOn" DATE,
    "knownPrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_OrganisationChangeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_OrganisationChangeToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_OrganisationChangeToSource_B_index" ON "_OrganisationChangeToSource"("B");

-- AddForeignKey
ALTER TABLE "OrganisationChange" ADD CONSTRAINT "OrganisationChange_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationChange" ADD CONSTRAINT "OrganisationChange_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Trust"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationChangeToSource" ADD CONSTRAINT "_OrganisationChangeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "OrganisationChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationChangeToSource" ADD CONSTRAINT "_OrganisationChangeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
