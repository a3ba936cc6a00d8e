-- The audit log's filters (app/p/[slug]/audit): by person, and by kind of
-- item with or without its action, each read newest first a page at a time.
-- (partnershipId, at) serves the unfiltered log; an action alone is served by
-- the second index too (skipping over the kinds).

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_actorUserId_at_idx" ON "AuditEvent"("partnershipId", "actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_entityType_action_at_idx" ON "AuditEvent"("partnershipId", "entityType", "action", "at");
