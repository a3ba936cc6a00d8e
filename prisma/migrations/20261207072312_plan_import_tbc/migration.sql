-- AlterEnum
ALTER TYPE "Frequency" ADD VALUE 'BIMONTHLY';

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "importMapping" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "importStatusWords" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Action" ALTER COLUMN "baselineDueDate" DROP NOT NULL,
ALTER COLUMN "currentDueDate" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PlanImportUpload" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),
    "result" JSONB,

    CONSTRAINT "PlanImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanImportUpload_partnershipId_createdAt_idx" ON "PlanImportUpload"("partnershipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanImportUpload_partnershipId_id_key" ON "PlanImportUpload"("partnershipId", "id");

-- AddForeignKey
ALTER TABLE "PlanImportUpload" ADD CONSTRAINT "PlanImportUpload_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanImportUpload" ADD CONSTRAINT "PlanImportUpload_partnershipId_membershipId_fkey" FOREIGN KEY ("partnershipId", "membershipId") REFERENCES "Membership"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
