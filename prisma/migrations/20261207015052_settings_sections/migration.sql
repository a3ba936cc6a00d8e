-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "detailsVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rhythmVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "statusLabelsVersion" INTEGER NOT NULL DEFAULT 1;
