-- CreateEnum
CREATE TYPE "CommitmentMaker" AS ENUM ('SUPPLIER', 'TRUST', 'PROGRAMME');

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "commitment" TEXT,
ADD COLUMN     "commitmentByKind" "CommitmentMaker",
ADD COLUMN     "commitmentDueLabel" TEXT,
ADD COLUMN     "commitmentDueOn" DATE,
ADD COLUMN     "commitmentDuePrecision" "DatePrecision",
ADD COLUMN     "commitmentMetNote" TEXT,
ADD COLUMN     "commitmentMetOn" DATE,
ADD COLUMN     "commitmentMetPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "GoLivePlan" ADD COLUMN     "madeBy" TEXT,
ADD COLUMN     "madeByKind" "CommitmentMaker";

-- A commitment has its due date and that date's precision together, and a maker's kind only with a maker;
-- a met date has its precision.
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_commitment_due" CHECK (
  ("commitment" IS NULL AND "commitmentDueOn" IS NULL AND "commitmentDuePrecision" IS NULL AND "commitmentMetOn" IS NULL)
  OR ("commitment" IS NOT NULL AND "commitmentDueOn" IS NOT NULL AND "commitmentDuePrecision" IS NOT NULL));
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_commitment_met" CHECK (("commitmentMetOn" IS NULL) = ("commitmentMetPrecision" IS NULL));
ALTER TABLE "GoLivePlan" ADD CONSTRAINT "GoLivePlan_made_by" CHECK ("madeByKind" IS NULL OR "madeBy" IS NOT NULL);
