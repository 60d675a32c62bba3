-- AlterTable
ALTER TABLE "GoLiveStatusSpan" ADD COLUMN     "latestPlanDated" BOOLEAN,
ADD COLUMN     "latestPlanLabel" TEXT;
