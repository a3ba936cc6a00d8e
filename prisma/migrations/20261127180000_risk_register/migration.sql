-- The risk register. No screen wrote Risk rows before this migration, so the
-- new required columns need no backfill.

-- CreateEnum
CREATE TYPE "RiskReviewKind" AS ENUM ('CREATED', 'REVIEWED', 'SCORES_CHANGED', 'CLOSED', 'REOPENED', 'ESCALATED', 'DE_ESCALATED');

-- CreateEnum
CREATE TYPE "MitigationState" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETE');

-- AlterTable
ALTER TABLE "Risk" DROP COLUMN "mitigations",
DROP COLUMN "reviewDate",
DROP COLUMN "targetScore",
DROP COLUMN "trend",
ADD COLUMN     "closedReason" TEXT,
ADD COLUMN     "controls" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalationNote" TEXT,
ADD COLUMN     "lastReviewedAt" TIMESTAMP(3),
ADD COLUMN     "nextReviewDate" DATE NOT NULL,
ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "reviewFrequency" "Frequency" NOT NULL DEFAULT 'MONTHLY',
ADD COLUMN     "targetImpact" INTEGER NOT NULL,
ADD COLUMN     "targetLikelihood" INTEGER NOT NULL;

-- DropEnum
DROP TYPE "RiskTrend";

-- CreateTable
CREATE TABLE "RiskMitigation" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerMembershipId" TEXT,
    "ownerRole" TEXT,
    "dueDate" DATE NOT NULL,
    "state" "MitigationState" NOT NULL DEFAULT 'PLANNED',
    "completedAt" TIMESTAMP(3),
    "completionNote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskMitigation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskReview" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "kind" "RiskReviewKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "authorUserId" TEXT,
    "authorName" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "inherentLikelihood" INTEGER NOT NULL,
    "inherentImpact" INTEGER NOT NULL,
    "currentLikelihood" INTEGER NOT NULL,
    "currentImpact" INTEGER NOT NULL,
    "targetLikelihood" INTEGER NOT NULL,
    "targetImpact" INTEGER NOT NULL,
    "nextReviewDate" DATE,

    CONSTRAINT "RiskReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskMitigation_partnershipId_riskId_position_idx" ON "RiskMitigation"("partnershipId", "riskId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RiskMitigation_partnershipId_id_key" ON "RiskMitigation"("partnershipId", "id");

-- CreateIndex
CREATE INDEX "RiskReview_partnershipId_riskId_at_idx" ON "RiskReview"("partnershipId", "riskId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "RiskReview_partnershipId_id_key" ON "RiskReview"("partnershipId", "id");

-- CreateIndex
CREATE INDEX "RiskArea_partnershipId_priorityAreaId_idx" ON "RiskArea"("partnershipId", "priorityAreaId");

-- CreateIndex
CREATE INDEX "RiskAction_partnershipId_actionId_idx" ON "RiskAction"("partnershipId", "actionId");

-- AddForeignKey
ALTER TABLE "RiskMitigation" ADD CONSTRAINT "RiskMitigation_partnershipId_riskId_fkey" FOREIGN KEY ("partnershipId", "riskId") REFERENCES "Risk"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskMitigation" ADD CONSTRAINT "RiskMitigation_partnershipId_ownerMembershipId_fkey" FOREIGN KEY ("partnershipId", "ownerMembershipId") REFERENCES "Membership"("partnershipId", "id") ON DELETE SET NULL ("ownerMembershipId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskReview" ADD CONSTRAINT "RiskReview_partnershipId_riskId_fkey" FOREIGN KEY ("partnershipId", "riskId") REFERENCES "Risk"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
