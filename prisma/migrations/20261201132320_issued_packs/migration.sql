-- CreateTable
CREATE TABLE "IssuedPack" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "meetingDate" DATE NOT NULL,
    "sinceDate" DATE NOT NULL,
    "decisionKey" TEXT,
    "view" TEXT NOT NULL DEFAULT 'as-it-stood',
    "issuedById" TEXT NOT NULL,
    "issuedByEmail" TEXT NOT NULL,
    "issuedByName" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "content" TEXT NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "model" JSONB NOT NULL,

    CONSTRAINT "IssuedPack_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuedPack_key_key" ON "IssuedPack"("key");

-- CreateIndex
CREATE INDEX "IssuedPack_meetingDate_idx" ON "IssuedPack"("meetingDate");

-- CreateIndex
CREATE INDEX "IssuedPack_issuedAt_idx" ON "IssuedPack"("issuedAt");
