-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "ActionUpdate" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "MilestoneOccurrence" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "KpiValue" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "provenance" TEXT;

-- CreateTable
CREATE TABLE "KpiValueCorrection" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "previousValue" DOUBLE PRECISION NOT NULL,
    "newValue" DOUBLE PRECISION,
    "reason" TEXT NOT NULL,
    "correctedByName" TEXT NOT NULL,
    "correctedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValueCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DueDateCorrection" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "previousDate" DATE NOT NULL,
    "correctedDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedByName" TEXT NOT NULL,
    "correctedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DueDateCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KpiValueCorrection_partnershipId_kpiId_createdAt_idx" ON "KpiValueCorrection"("partnershipId", "kpiId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValueCorrection_partnershipId_id_key" ON "KpiValueCorrection"("partnershipId", "id");

-- CreateIndex
CREATE INDEX "DueDateCorrection_partnershipId_actionId_createdAt_idx" ON "DueDateCorrection"("partnershipId", "actionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DueDateCorrection_partnershipId_id_key" ON "DueDateCorrection"("partnershipId", "id");

-- AddForeignKey
ALTER TABLE "KpiValueCorrection" ADD CONSTRAINT "KpiValueCorrection_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValueCorrection" ADD CONSTRAINT "KpiValueCorrection_partnershipId_kpiId_fkey" FOREIGN KEY ("partnershipId", "kpiId") REFERENCES "Kpi"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueDateCorrection" ADD CONSTRAINT "DueDateCorrection_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueDateCorrection" ADD CONSTRAINT "DueDateCorrection_partnershipId_actionId_fkey" FOREIGN KEY ("partnershipId", "actionId") REFERENCES "Action"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DueDateCorrection" ADD CONSTRAINT "DueDateCorrection_partnershipId_milestoneId_fkey" FOREIGN KEY ("partnershipId", "milestoneId") REFERENCES "Milestone"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
