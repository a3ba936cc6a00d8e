-- Issue 19: members and invitations. An invitation names who sent it, can be
-- revoked (or replaced by "Send again"), and carries the areas a lead or
-- contributor will have, each area keyed with the partnership so the database
-- refuses an area of another partnership. The last sign-in is shown on the
-- members page.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "invitedByUserId" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InvitationArea" (
    "partnershipId" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,

    CONSTRAINT "InvitationArea_pkey" PRIMARY KEY ("partnershipId","invitationId","priorityAreaId")
);

-- CreateIndex
CREATE INDEX "InvitationArea_partnershipId_priorityAreaId_idx" ON "InvitationArea"("partnershipId", "priorityAreaId");

-- CreateIndex
CREATE INDEX "Invitation_invitedByUserId_idx" ON "Invitation"("invitedByUserId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationArea" ADD CONSTRAINT "InvitationArea_partnershipId_invitationId_fkey" FOREIGN KEY ("partnershipId", "invitationId") REFERENCES "Invitation"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationArea" ADD CONSTRAINT "InvitationArea_partnershipId_priorityAreaId_fkey" FOREIGN KEY ("partnershipId", "priorityAreaId") REFERENCES "PriorityArea"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one live (not accepted, not revoked) invitation per email in a
-- partnership: inviting again revokes the old one in the same transaction,
-- and two invitations racing for one email cannot both stay live.
CREATE UNIQUE INDEX "Invitation_live_email_key" ON "Invitation"("partnershipId", "email") WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;
