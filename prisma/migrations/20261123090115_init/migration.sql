-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'BOARD', 'LEAD', 'CONTRIBUTOR', 'ADVISOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('COMPLETE', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_DUE');

-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('PRIORITY_ACTION', 'IMPROVEMENT', 'LOCAL_PRIORITY');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUALLY');

-- CreateEnum
CREATE TYPE "OccurrenceState" AS ENUM ('PENDING', 'MET', 'MISSED');

-- CreateEnum
CREATE TYPE "KpiUnit" AS ENUM ('PERCENT', 'COUNT', 'WEEKS', 'DAYS', 'RATE');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "KpiFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'TERMLY', 'ANNUALLY');

-- CreateEnum
CREATE TYPE "BenchmarkKind" AS ENUM ('NATIONAL', 'REGIONAL', 'STATISTICAL_NEIGHBOURS');

-- CreateEnum
CREATE TYPE "RiskState" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "RiskTrend" AS ENUM ('IMPROVING', 'STABLE', 'WORSENING');

-- CreateEnum
CREATE TYPE "ChangeRequestState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('DATA', 'FEEDBACK', 'DOCUMENT', 'CASE_STUDY');

-- CreateEnum
CREATE TYPE "AttendanceKind" AS ENUM ('MEMBER', 'IN_ATTENDANCE');

-- CreateEnum
CREATE TYPE "ImpactLogState" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "HighlightReportState" AS ENUM ('DRAFT', 'SUBMITTED', 'NOTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "StocktakeState" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localAuthority" TEXT NOT NULL,
    "icb" TEXT NOT NULL,
    "inspectionDate" DATE,
    "inspectionOutcome" TEXT,
    "improvementNoticeDate" DATE,
    "statusLabels" JSONB NOT NULL DEFAULT '{}',
    "reportingCadenceDays" INTEGER NOT NULL DEFAULT 31,
    "staleGraceDays" INTEGER NOT NULL DEFAULT 14,
    "milestoneWarningDays" INTEGER NOT NULL DEFAULT 30,
    "publicPageEnabled" BOOLEAN NOT NULL DEFAULT false,
    "advisorDashboardAccess" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "chairRole" TEXT,
    "description" TEXT,
    "parentBoardId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardArea" (
    "partnershipId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,

    CONSTRAINT "BoardArea_pkey" PRIMARY KEY ("partnershipId","boardId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcAccount" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "jobTitle" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipArea" (
    "partnershipId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,

    CONSTRAINT "MembershipArea_pkey" PRIMARY KEY ("partnershipId","membershipId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityArea" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "AreaKind" NOT NULL,
    "title" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "leadRoles" TEXT[],
    "successMeasures" TEXT[],
    "parentId" TEXT,
    "overrideStatus" "Status",
    "overrideReason" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorityArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "leadMembershipId" TEXT,
    "leadRole" TEXT,
    "workstream" TEXT,
    "startDate" DATE,
    "baselineDueDate" DATE NOT NULL,
    "currentDueDate" DATE NOT NULL,
    "tags" TEXT[],
    "reportedStatus" "Status" NOT NULL DEFAULT 'NOT_DUE',
    "reportedCommentary" TEXT,
    "reportedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionAssignee" (
    "partnershipId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "ActionAssignee_pkey" PRIMARY KEY ("partnershipId","actionId","membershipId")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "status" "Status" NOT NULL,
    "commentary" TEXT NOT NULL,
    "authorUserId" TEXT,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "byWhenText" TEXT,
    "baselineDueDate" DATE,
    "dueDate" DATE,
    "frequency" "Frequency",
    "recurrenceStart" DATE,
    "recurrenceEnd" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneOccurrence" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "state" "OccurrenceState" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MilestoneOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" "KpiUnit" NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "frequency" "KpiFrequency" NOT NULL,
    "ownerMembershipId" TEXT,
    "ownerRole" TEXT,
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "targetValue" DOUBLE PRECISION,
    "targetDate" DATE,
    "tolerance" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "dataSource" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiArea" (
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,

    CONSTRAINT "KpiArea_pkey" PRIMARY KEY ("partnershipId","kpiId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "KpiAction" (
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,

    CONSTRAINT "KpiAction_pkey" PRIMARY KEY ("partnershipId","kpiId","actionId")
);

-- CreateTable
CREATE TABLE "KpiTrajectoryPoint" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "KpiTrajectoryPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "enteredByName" TEXT,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiBenchmark" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "kind" "BenchmarkKind" NOT NULL,
    "period" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "KpiBenchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "cause" TEXT,
    "effect" TEXT,
    "ownerMembershipId" TEXT,
    "ownerRole" TEXT,
    "inherentLikelihood" INTEGER NOT NULL,
    "inherentImpact" INTEGER NOT NULL,
    "currentLikelihood" INTEGER NOT NULL,
    "currentImpact" INTEGER NOT NULL,
    "targetScore" INTEGER,
    "mitigations" TEXT,
    "reviewDate" DATE,
    "escalatedToBoard" BOOLEAN NOT NULL DEFAULT false,
    "state" "RiskState" NOT NULL DEFAULT 'OPEN',
    "trend" "RiskTrend" NOT NULL DEFAULT 'STABLE',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskArea" (
    "partnershipId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,

    CONSTRAINT "RiskArea_pkey" PRIMARY KEY ("partnershipId","riskId","priorityAreaId")
);

-- CreateTable
CREATE TABLE "RiskAction" (
    "partnershipId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,

    CONSTRAINT "RiskAction_pkey" PRIMARY KEY ("partnershipId","riskId","actionId")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actionId" TEXT,
    "milestoneId" TEXT,
    "previousDueDate" DATE,
    "proposedDueDate" DATE,
    "scopeChange" TEXT,
    "reason" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "requestedById" TEXT,
    "state" "ChangeRequestState" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "meetingId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "date" DATE NOT NULL,
    "text" TEXT,
    "url" TEXT,
    "actionId" TEXT,
    "actionUpdateId" TEXT,
    "milestoneId" TEXT,
    "milestoneOccurrenceId" TEXT,
    "kpiId" TEXT,
    "priorityAreaId" TEXT,
    "createdByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "agenda" TEXT,
    "minutes" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "kind" "AttendanceKind" NOT NULL DEFAULT 'MEMBER',
    "present" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactLogEntry" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerRole" TEXT,
    "ownerName" TEXT,
    "raisedOn" DATE NOT NULL,
    "dueDate" DATE,
    "state" "ImpactLogState" NOT NULL DEFAULT 'OPEN',
    "priorityAreaId" TEXT,
    "actionId" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HighlightReport" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "state" "HighlightReportState" NOT NULL DEFAULT 'DRAFT',
    "overallStatus" "Status",
    "commentary" TEXT,
    "achievements" TEXT,
    "plannedNext" TEXT,
    "risksAndIssues" TEXT,
    "decisionsNeeded" TEXT,
    "snapshot" JSONB,
    "authorName" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HighlightReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stocktake" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "state" "StocktakeState" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB,
    "publishedAt" TIMESTAMP(3),
    "previousId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Stocktake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StocktakeSection" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "stocktakeId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "progress" "Status",
    "keyFindings" TEXT,
    "nextSteps" TEXT,
    "evidenceSummary" TEXT,
    "responseToPrevious" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StocktakeSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisorFinding" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "stocktakeSectionId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorUserId" TEXT,
    "findings" TEXT NOT NULL,
    "nextSteps" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdvisorFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE INDEX "Board_partnershipId_position_idx" ON "Board"("partnershipId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OidcAccount_userId_idx" ON "OidcAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OidcAccount_issuer_subject_key" ON "OidcAccount"("issuer", "subject");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_partnershipId_userId_key" ON "Membership"("partnershipId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_partnershipId_email_idx" ON "Invitation"("partnershipId", "email");

-- CreateIndex
CREATE INDEX "PriorityArea_partnershipId_position_idx" ON "PriorityArea"("partnershipId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityArea_partnershipId_code_key" ON "PriorityArea"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "Outcome_partnershipId_priorityAreaId_position_idx" ON "Outcome"("partnershipId", "priorityAreaId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_partnershipId_code_key" ON "Outcome"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "Action_partnershipId_priorityAreaId_position_idx" ON "Action"("partnershipId", "priorityAreaId", "position");

-- CreateIndex
CREATE INDEX "Action_partnershipId_outcomeId_position_idx" ON "Action"("partnershipId", "outcomeId", "position");

-- CreateIndex
CREATE INDEX "Action_partnershipId_currentDueDate_idx" ON "Action"("partnershipId", "currentDueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Action_partnershipId_code_key" ON "Action"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "ActionAssignee_partnershipId_membershipId_idx" ON "ActionAssignee"("partnershipId", "membershipId");

-- CreateIndex
CREATE INDEX "ActionUpdate_partnershipId_actionId_createdAt_idx" ON "ActionUpdate"("partnershipId", "actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Milestone_partnershipId_actionId_position_idx" ON "Milestone"("partnershipId", "actionId", "position");

-- CreateIndex
CREATE INDEX "MilestoneOccurrence_partnershipId_dueDate_idx" ON "MilestoneOccurrence"("partnershipId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneOccurrence_partnershipId_milestoneId_dueDate_key" ON "MilestoneOccurrence"("partnershipId", "milestoneId", "dueDate");

-- CreateIndex
CREATE INDEX "Kpi_partnershipId_position_idx" ON "Kpi"("partnershipId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_partnershipId_code_key" ON "Kpi"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "KpiArea_partnershipId_priorityAreaId_idx" ON "KpiArea"("partnershipId", "priorityAreaId");

-- CreateIndex
CREATE INDEX "KpiAction_partnershipId_actionId_idx" ON "KpiAction"("partnershipId", "actionId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTrajectoryPoint_partnershipId_kpiId_date_key" ON "KpiTrajectoryPoint"("partnershipId", "kpiId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValue_partnershipId_kpiId_period_key" ON "KpiValue"("partnershipId", "kpiId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "KpiBenchmark_partnershipId_kpiId_kind_period_key" ON "KpiBenchmark"("partnershipId", "kpiId", "kind", "period");

-- CreateIndex
CREATE INDEX "Risk_partnershipId_state_idx" ON "Risk"("partnershipId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Risk_partnershipId_code_key" ON "Risk"("partnershipId", "code");

-- CreateIndex
CREATE INDEX "ChangeRequest_partnershipId_state_createdAt_idx" ON "ChangeRequest"("partnershipId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_partnershipId_actionId_idx" ON "ChangeRequest"("partnershipId", "actionId");

-- CreateIndex
CREATE INDEX "Evidence_partnershipId_actionId_idx" ON "Evidence"("partnershipId", "actionId");

-- CreateIndex
CREATE INDEX "Evidence_partnershipId_kind_date_idx" ON "Evidence"("partnershipId", "kind", "date");

-- CreateIndex
CREATE INDEX "Meeting_partnershipId_boardId_date_idx" ON "Meeting"("partnershipId", "boardId", "date");

-- CreateIndex
CREATE INDEX "MeetingAttendee_partnershipId_meetingId_idx" ON "MeetingAttendee"("partnershipId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_partnershipId_meetingId_position_idx" ON "MeetingDecision"("partnershipId", "meetingId", "position");

-- CreateIndex
CREATE INDEX "ImpactLogEntry_partnershipId_state_dueDate_idx" ON "ImpactLogEntry"("partnershipId", "state", "dueDate");

-- CreateIndex
CREATE INDEX "HighlightReport_partnershipId_period_idx" ON "HighlightReport"("partnershipId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "HighlightReport_partnershipId_priorityAreaId_period_key" ON "HighlightReport"("partnershipId", "priorityAreaId", "period");

-- CreateIndex
CREATE INDEX "Stocktake_partnershipId_periodEnd_idx" ON "Stocktake"("partnershipId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "StocktakeSection_partnershipId_stocktakeId_priorityAreaId_key" ON "StocktakeSection"("partnershipId", "stocktakeId", "priorityAreaId");

-- CreateIndex
CREATE INDEX "AdvisorFinding_partnershipId_stocktakeSectionId_idx" ON "AdvisorFinding"("partnershipId", "stocktakeSectionId");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_at_idx" ON "AuditEvent"("partnershipId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_entityType_entityId_at_idx" ON "AuditEvent"("partnershipId", "entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_parentBoardId_fkey" FOREIGN KEY ("parentBoardId") REFERENCES "Board"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardArea" ADD CONSTRAINT "BoardArea_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardArea" ADD CONSTRAINT "BoardArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcAccount" ADD CONSTRAINT "OidcAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipArea" ADD CONSTRAINT "MembershipArea_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipArea" ADD CONSTRAINT "MembershipArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PriorityArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_leadMembershipId_fkey" FOREIGN KEY ("leadMembershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionAssignee" ADD CONSTRAINT "ActionAssignee_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionAssignee" ADD CONSTRAINT "ActionAssignee_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneOccurrence" ADD CONSTRAINT "MilestoneOccurrence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_ownerMembershipId_fkey" FOREIGN KEY ("ownerMembershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiArea" ADD CONSTRAINT "KpiArea_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiArea" ADD CONSTRAINT "KpiArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiAction" ADD CONSTRAINT "KpiAction_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiAction" ADD CONSTRAINT "KpiAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTrajectoryPoint" ADD CONSTRAINT "KpiTrajectoryPoint_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiBenchmark" ADD CONSTRAINT "KpiBenchmark_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerMembershipId_fkey" FOREIGN KEY ("ownerMembershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskArea" ADD CONSTRAINT "RiskArea_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskArea" ADD CONSTRAINT "RiskArea_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAction" ADD CONSTRAINT "RiskAction_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAction" ADD CONSTRAINT "RiskAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_actionUpdateId_fkey" FOREIGN KEY ("actionUpdateId") REFERENCES "ActionUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_milestoneOccurrenceId_fkey" FOREIGN KEY ("milestoneOccurrenceId") REFERENCES "MilestoneOccurrence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogEntry" ADD CONSTRAINT "ImpactLogEntry_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogEntry" ADD CONSTRAINT "ImpactLogEntry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogEntry" ADD CONSTRAINT "ImpactLogEntry_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactLogEntry" ADD CONSTRAINT "ImpactLogEntry_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HighlightReport" ADD CONSTRAINT "HighlightReport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HighlightReport" ADD CONSTRAINT "HighlightReport_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stocktake" ADD CONSTRAINT "Stocktake_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stocktake" ADD CONSTRAINT "Stocktake_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Stocktake"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeSection" ADD CONSTRAINT "StocktakeSection_stocktakeId_fkey" FOREIGN KEY ("stocktakeId") REFERENCES "Stocktake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StocktakeSection" ADD CONSTRAINT "StocktakeSection_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorFinding" ADD CONSTRAINT "AdvisorFinding_stocktakeSectionId_fkey" FOREIGN KEY ("stocktakeSectionId") REFERENCES "StocktakeSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
