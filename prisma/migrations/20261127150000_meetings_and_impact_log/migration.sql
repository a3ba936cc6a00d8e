-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('INVITED', 'PRESENT', 'APOLOGIES', 'ABSENT');

-- CreateEnum
CREATE TYPE "MeetingState" AS ENUM ('DRAFT', 'OPEN', 'IN_PROGRESS', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StandingItem" AS ENUM ('APOLOGIES', 'PREVIOUS_MINUTES', 'DASHBOARD', 'HIGHLIGHT_REPORTS', 'RISK_REGISTER', 'AOB');

-- CreateEnum
CREATE TYPE "MeetingOutcomeKind" AS ENUM ('INFORMATION', 'DECISION', 'ACTION');

-- AlterEnum
ALTER TYPE "AttendanceKind" ADD VALUE 'ADVISER';

-- DropIndex
DROP INDEX "MeetingAttendee_partnershipId_meetingId_idx";

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "chairName" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "decidedBetweenMeetings" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Meeting" DROP COLUMN "agenda",
ADD COLUMN     "durationMinutes" INTEGER,
ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "location" TEXT,
ADD COLUMN     "minutesApprovedAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedMeetingId" TEXT,
ADD COLUMN     "state" "MeetingState" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "MeetingAttendee" DROP COLUMN "membershipId",
DROP COLUMN "present",
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "role" TEXT,
ADD COLUMN     "status" "AttendanceStatus" NOT NULL DEFAULT 'INVITED';

-- AlterTable
ALTER TABLE "MeetingDecision" ADD COLUMN     "agendaItemId" TEXT NOT NULL,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdByName" TEXT,
ADD COLUMN     "dueDate" DATE,
ADD COLUMN     "kind" "MeetingOutcomeKind" NOT NULL DEFAULT 'DECISION',
ADD COLUMN     "owner" TEXT;

-- AlterTable
ALTER TABLE "ImpactLogEntry" ADD COLUMN     "number" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "MeetingAgendaItem" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "durationMinutes" INTEGER,
    "standing" "StandingItem",
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMinutesRevision" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "savedByName" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingMinutesRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactLogUpdate" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "state" "ImpactLogState" NOT NULL,
    "text" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactLogUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingAgendaItem_partnershipId_meetingId_position_idx" ON "MeetingAgendaItem"("partnershipId", "meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAgendaItem_partnershipId_id_key" ON "MeetingAgendaItem"("partnershipId", "id");

-- CreateIndex
CREATE INDEX "MeetingMinutesRevision_partnershipId_meetingId_savedAt_idx" ON "MeetingMinutesRevision"("partnershipId", "meetingId", "savedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMinutesRevision_partnershipId_id_key" ON "MeetingMinutesRevision"("partnershipId", "id");

-- CreateIndex
CREATE INDEX "ImpactLogUpdate_partnershipId_meetingId_idx" ON "ImpactLogUpdate"("partnershipId", "meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactLogUpdate_partnershipId_id_key" ON "ImpactLogUpdate"("partnershipId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactLogUpdate_partnershipId_entryId_meetingId_key" ON "ImpactLogUpdate"("partnershipId", "entryId", "meetingId");

-- CreateIndex
CREATE INDEX "Meeting_partnershipId_date_idx" ON "Meeting"("partnershipId", "date");

-- CreateIndex
CREATE INDEX "MeetingAttendee_partnershipId_meetingId_position_idx" ON "MeetingAttendee"("partnershipId", "meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactLogEntry_partnershipId_number_key" ON "ImpactLogEntry"("partnershipId", "number");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partnershipId_minutesApprovedMeetingId_fkey" FOREIGN KEY ("partnershipId", "minutesApprovedMeetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE SET NULL ("minutesApprovedMeetingId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_partnershipId_agendaItemId_fkey" FOREIGN KEY ("partnershipId", "agendaItemId") REFERENCES "MeetingAgendaItem"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutesRevision" ADD CONSTRAINT "MeetingMinutesRevision_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogUpdate" ADD CONSTRAINT "ImpactLogUpdate_partnershipId_entryId_fkey" FOREIGN KEY ("partnershipId", "entryId") REFERENCES "ImpactLogEntry"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogUpdate" ADD CONSTRAINT "ImpactLogUpdate_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
