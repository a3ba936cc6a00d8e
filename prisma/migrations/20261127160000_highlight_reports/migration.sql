-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "highlightReportDueDay" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "HighlightReport" DROP COLUMN "decidedAt",
DROP COLUMN "decidedByName",
DROP COLUMN "returnComment",
DROP COLUMN "snapshot",
DROP COLUMN "submittedAt",
ADD COLUMN     "impactOnFamilies" TEXT,
ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- CreateTable
CREATE TABLE "HighlightReportSubmission" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedByName" TEXT NOT NULL,
    "submittedById" TEXT,
    "outcome" "HighlightReportState",
    "outcomeComment" TEXT,
    "decidedByName" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "HighlightReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HighlightReportSubmission_partnershipId_id_key" ON "HighlightReportSubmission"("partnershipId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "HighlightReportSubmission_partnershipId_reportId_number_key" ON "HighlightReportSubmission"("partnershipId", "reportId", "number");

-- AddForeignKey
ALTER TABLE "HighlightReportSubmission" ADD CONSTRAINT "HighlightReportSubmission_partnershipId_reportId_fkey" FOREIGN KEY ("partnershipId", "reportId") REFERENCES "HighlightReport"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
