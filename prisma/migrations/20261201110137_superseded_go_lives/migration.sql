-- AlterTable
ALTER TABLE "GoLiveActual" ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "supersededById" INTEGER;

-- AddForeignKey
ALTER TABLE "GoLiveActual" ADD CONSTRAINT "GoLiveActual_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "GoLiveActual"("id") ON DELETE SET NULL ON UPDATE CASCADE;
