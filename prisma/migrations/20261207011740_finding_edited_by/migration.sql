-- AlterTable
ALTER TABLE "AdvisorFinding" ADD COLUMN     "editedByName" TEXT;
