-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('CONFIRMED', 'SINGLE_SOURCE', 'UNCERTAIN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('HALT', 'RESUME', 'RECOMMEND', 'POSTPONE', 'WITHDRAW', 'ANNOUNCE');

-- CreateEnum
CREATE TYPE "DecisionScope" AS ENUM ('ALL_LONDON', 'NAMED_TRUSTS');

-- CreateEnum
CREATE TYPE "ContractEventKind" AS ENUM ('AWARD', 'EXIT', 'TERMINATION', 'WRITE_OFF', 'RENEGOTIATION', 'VALUATION');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('DEPLOYMENT_CHARGE', 'SERVICE_CHARGE', 'EARNED_TO_DATE');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trust" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "odsCode" TEXT,
    "isRolloutTarget" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trust_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" SERIAL NOT NULL,
    "trustId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Configuration" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "includesSmartcards" BOOLEAN,
    "includesSpineLink" BOOLEAN,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,

    CONSTRAINT "Configuration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoLive" (
    "id" SERIAL NOT NULL,
    "trustId" INTEGER NOT NULL,
    "configurationId" INTEGER,
    "scope" TEXT NOT NULL,
    "notes" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoLive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoLivePlan" (
    "id" SERIAL NOT NULL,
    "goLiveId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "plannedOn" DATE,
    "plannedPrecision" "DatePrecision",
    "plannedLabel" TEXT,
    "announcedOn" DATE,
    "announcedPrecision" "DatePrecision",
    "reason" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoLivePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoLiveActual" (
    "id" SERIAL NOT NULL,
    "goLiveId" INTEGER NOT NULL,
    "wentLiveOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoLiveActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "decidedPrecision" "DatePrecision" NOT NULL,
    "reportedOn" DATE,
    "body" TEXT NOT NULL,
    "scope" "DecisionScope" NOT NULL,
    "rationale" TEXT,
    "liftsId" INTEGER,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" SERIAL NOT NULL,
    "trustId" INTEGER NOT NULL,
    "goLiveId" INTEGER,
    "reportedOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "description" TEXT NOT NULL,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acceptance" (
    "id" SERIAL NOT NULL,
    "goLiveId" INTEGER NOT NULL,
    "acceptedOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "trustId" INTEGER,
    "goLiveId" INTEGER,
    "contractId" INTEGER,
    "kind" "PaymentKind" NOT NULL,
    "description" TEXT NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "period" TEXT,
    "priceBasis" TEXT,
    "asAt" DATE,
    "asAtPrecision" "DatePrecision",
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "supplierId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "id" SERIAL NOT NULL,
    "contractId" INTEGER NOT NULL,
    "kind" "ContractEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "description" TEXT NOT NULL,
    "value" DECIMAL(16,2),
    "priceBasis" TEXT,
    "certainty" "Certainty" NOT NULL,
    "certaintyNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SourceToTrust" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SourceToTrust_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ConfigurationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ConfigurationToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GoLiveToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GoLiveToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GoLivePlanToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GoLivePlanToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GoLiveActualToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GoLiveActualToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DecisionTrusts" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DecisionTrusts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DecisionToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DecisionToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ProblemToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ProblemToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AcceptanceToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AcceptanceToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PaymentToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PaymentToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ContractToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ContractToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ContractEventToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ContractEventToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_slug_key" ON "Trust"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_name_key" ON "Trust"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Site_trustId_name_key" ON "Site"("trustId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Configuration_code_key" ON "Configuration"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GoLive_trustId_scope_key" ON "GoLive"("trustId", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "GoLivePlan_goLiveId_sequence_key" ON "GoLivePlan"("goLiveId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_key_key" ON "Decision"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_key_key" ON "Supplier"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_key_key" ON "Contract"("key");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "_SourceToTrust_B_index" ON "_SourceToTrust"("B");

-- CreateIndex
CREATE INDEX "_ConfigurationToSource_B_index" ON "_ConfigurationToSource"("B");

-- CreateIndex
CREATE INDEX "_GoLiveToSource_B_index" ON "_GoLiveToSource"("B");

-- CreateIndex
CREATE INDEX "_GoLivePlanToSource_B_index" ON "_GoLivePlanToSource"("B");

-- CreateIndex
CREATE INDEX "_GoLiveActualToSource_B_index" ON "_GoLiveActualToSource"("B");

-- CreateIndex
CREATE INDEX "_DecisionTrusts_B_index" ON "_DecisionTrusts"("B");

-- CreateIndex
CREATE INDEX "_DecisionToSource_B_index" ON "_DecisionToSource"("B");

-- CreateIndex
CREATE INDEX "_ProblemToSource_B_index" ON "_ProblemToSource"("B");

-- CreateIndex
CREATE INDEX "_AcceptanceToSource_B_index" ON "_AcceptanceToSource"("B");

-- CreateIndex
CREATE INDEX "_PaymentToSource_B_index" ON "_PaymentToSource"("B");

-- CreateIndex
CREATE INDEX "_ContractToSource_B_index" ON "_ContractToSource"("B");

-- CreateIndex
CREATE INDEX "_ContractEventToSource_B_index" ON "_ContractEventToSource"("B");

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoLive" ADD CONSTRAINT "GoLive_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoLive" ADD CONSTRAINT "GoLive_configurationId_fkey" FOREIGN KEY ("configurationId") REFERENCES "Configuration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoLivePlan" ADD CONSTRAINT "GoLivePlan_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoLiveActual" ADD CONSTRAINT "GoLiveActual_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_liftsId_fkey" FOREIGN KEY ("liftsId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_goLiveId_fkey" FOREIGN KEY ("goLiveId") REFERENCES "GoLive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvent" ADD CONSTRAINT "ContractEvent_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToTrust" ADD CONSTRAINT "_SourceToTrust_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToTrust" ADD CONSTRAINT "_SourceToTrust_B_fkey" FOREIGN KEY ("B") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConfigurationToSource" ADD CONSTRAINT "_ConfigurationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Configuration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConfigurationToSource" ADD CONSTRAINT "_ConfigurationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLiveToSource" ADD CONSTRAINT "_GoLiveToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "GoLive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLiveToSource" ADD CONSTRAINT "_GoLiveToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLivePlanToSource" ADD CONSTRAINT "_GoLivePlanToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "GoLivePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLivePlanToSource" ADD CONSTRAINT "_GoLivePlanToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLiveActualToSource" ADD CONSTRAINT "_GoLiveActualToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "GoLiveActual"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoLiveActualToSource" ADD CONSTRAINT "_GoLiveActualToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionTrusts" ADD CONSTRAINT "_DecisionTrusts_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionTrusts" ADD CONSTRAINT "_DecisionTrusts_B_fkey" FOREIGN KEY ("B") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionToSource" ADD CONSTRAINT "_DecisionToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionToSource" ADD CONSTRAINT "_DecisionToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProblemToSource" ADD CONSTRAINT "_ProblemToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProblemToSource" ADD CONSTRAINT "_ProblemToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AcceptanceToSource" ADD CONSTRAINT "_AcceptanceToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Acceptance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AcceptanceToSource" ADD CONSTRAINT "_AcceptanceToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PaymentToSource" ADD CONSTRAINT "_PaymentToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PaymentToSource" ADD CONSTRAINT "_PaymentToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractToSource" ADD CONSTRAINT "_ContractToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractToSource" ADD CONSTRAINT "_ContractToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractEventToSource" ADD CONSTRAINT "_ContractEventToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "ContractEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractEventToSource" ADD CONSTRAINT "_ContractEventToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
