-- Stocktakes (issue 13): sections per area and partnership-wide, linked evidence, responses to the previous stocktake next steps, advisor findings with drafts and publication.
-- No stocktake row existed before this migration, so the NOT NULL columns need no backfill.

-- CreateEnum
CREATE TYPE "StocktakeSectionKind" AS ENUM ('AREA', 'GOVERNANCE', 'FAMILY_VOICE');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('KEY_FINDING', 'NEXT_STEP');

-- AlterEnum
ALTER TYPE "AreaKind" ADD VALUE 'DFE_RECOMMENDATION';

-- DropIndex
DROP INDEX "StocktakeSection_partnershipId_stocktakeId_priorityAreaId_key";

-- DropIndex
DROP INDEX "AdvisorFinding_partnershipId_stocktakeSectionId_idx";

-- AlterTable
ALTER TABLE "Stocktake" ADD COLUMN     "nextReviewDate" DATE,
ADD COLUMN     "nextReviewMonthOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "publishedByName" TEXT,
ADD COLUMN     "reviewDate" DATE,
ADD COLUMN     "summary" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "StocktakeSection" DROP COLUMN "evidenceSummary",
DROP COLUMN "responseToPrevious",
ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "kind" "StocktakeSectionKind" NOT NULL DEFAULT 'AREA',
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "Status",
ADD COLUMN     "updatedByName" TEXT,
ALTER COLUMN "priorityAreaId" DROP NOT NULL,
DROP COLUMN "progress",
ADD COLUMN     "progress" TEXT;

-- AlterTable
ALTER TABLE "AdvisorFinding" DROP COLUMN "findings",
DROP COLUMN "nextSteps",
ADD COLUMN     "answeredInId" TEXT,
ADD COLUMN     "byAdvisor" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "heading" TEXT NOT NULL,
ADD COLUMN     "kind" "FindingKind" NOT NULL,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedByName" TEXT,
ADD COLUMN     "text" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "StocktakeEvidence" (
    "partnershipId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "StocktakeEvidence_pkey" PRIMARY KEY ("partnershipId","sectionId","evidenceId")
);

-- CreateTable
CREATE TABLE "StocktakeResponse" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "stocktakeId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "status" "Status",
    "authorName" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StocktakeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StocktakeEvidence_partnershipId_evidenceId_idx" ON "StocktakeEvidence"("partnershipId", "evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeResponse_partnershipId_id_key" ON "StocktakeResponse"("partnershipId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeResponse_partnershipId_stocktakeId_findingId_key" ON "StocktakeResponse"("partnershipId", "stocktakeId", "findingId");

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeSection_partnershipId_stocktakeId_key_key" ON "StocktakeSection"("partnershipId", "stocktakeId", "key");

-- CreateIndex
CREATE INDEX "AdvisorFinding_partnershipId_stocktakeSectionId_position_idx" ON "AdvisorFinding"("partnershipId", "stocktakeSectionId", "position");

-- AddForeignKey
ALTER TABLE "StocktakeEvidence" ADD CONSTRAINT "StocktakeEvidence_partnershipId_sectionId_fkey" FOREIGN KEY ("partnershipId", "sectionId") REFERENCES "StocktakeSection"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeEvidence" ADD CONSTRAINT "StocktakeEvidence_partnershipId_evidenceId_fkey" FOREIGN KEY ("partnershipId", "evidenceId") REFERENCES "Evidence"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeResponse" ADD CONSTRAINT "StocktakeResponse_partnershipId_stocktakeId_fkey" FOREIGN KEY ("partnershipId", "stocktakeId") REFERENCES "Stocktake"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeResponse" ADD CONSTRAINT "StocktakeResponse_partnershipId_findingId_fkey" FOREIGN KEY ("partnershipId", "findingId") REFERENCES "AdvisorFinding"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorFinding" ADD CONSTRAINT "AdvisorFinding_partnershipId_answeredInId_fkey" FOREIGN KEY ("partnershipId", "answeredInId") REFERENCES "Stocktake"("partnershipId", "id") ON DELETE SET NULL ("answeredInId") ON UPDATE CASCADE;

-- One draft at a time per partnership: two drafts started at once cannot both be saved (Prisma cannot express a partial index, so it lives here only).
CREATE UNIQUE INDEX "Stocktake_partnershipId_one_draft_key" ON "Stocktake"("partnershipId") WHERE "state" = 'DRAFT';
