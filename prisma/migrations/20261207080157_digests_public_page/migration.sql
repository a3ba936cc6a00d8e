-- A composite tenant key sets only its own column to null (PostgreSQL 15+): the
-- partnership id stays (see 20261127131500_tenant_composite_keys).
-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY', 'OFF');

-- CreateEnum
CREATE TYPE "PublicSummaryState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "digestFrequency" "DigestFrequency" NOT NULL DEFAULT 'WEEKLY',
ADD COLUMN     "digestTokenVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "publicAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "messageId" TEXT,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicSummary" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "state" "PublicSummaryState" NOT NULL DEFAULT 'DRAFT',
    "whatWeAreDoing" TEXT NOT NULL,
    "whatHasChanged" TEXT NOT NULL,
    "whatIsNext" TEXT NOT NULL,
    "authorMembershipId" TEXT,
    "authorName" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "returnComment" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedByName" TEXT,
    "statusAtApproval" "Status",
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicSummary_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DigestDelivery_partnershipId_claimedAt_idx" ON "DigestDelivery"("partnershipId", "claimedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_partnershipId_id_key" ON "DigestDelivery"("partnershipId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_partnershipId_membershipId_period_key" ON "DigestDelivery"("partnershipId", "membershipId", "period");

-- CreateIndex
CREATE INDEX "PublicSummary_partnershipId_priorityAreaId_state_approvedAt_idx" ON "PublicSummary"("partnershipId", "priorityAreaId", "state", "approvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublicSummary_partnershipId_id_key" ON "PublicSummary"("partnershipId", "id");

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_partnershipId_membershipId_fkey" FOREIGN KEY ("partnershipId", "membershipId") REFERENCES "Membership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSummary" ADD CONSTRAINT "PublicSummary_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSummary" ADD CONSTRAINT "PublicSummary_partnershipId_priorityAreaId_fkey" FOREIGN KEY ("partnershipId", "priorityAreaId") REFERENCES "PriorityArea"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSummary" ADD CONSTRAINT "PublicSummary_partnershipId_authorMembershipId_fkey" FOREIGN KEY ("partnershipId", "authorMembershipId") REFERENCES "Membership"("partnershipId", "id") ON DELETE SET NULL ("authorMembershipId") ON UPDATE CASCADE;
