-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "address" TEXT NOT NULL DEFAULT 'unknown';

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_attemptedAt_idx" ON "SignInAttempt"("address", "attemptedAt");
