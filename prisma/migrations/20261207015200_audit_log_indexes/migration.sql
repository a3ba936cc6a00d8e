-- The audit log's filters (app/p/[slug]/audit), each read newest first a page
-- at a time: by person, by kind of item and by action, each in its own index
-- ordered by time, so a filter reads one page of its index rather than
-- sorting every row it matches. (partnershipId, at) serves the unfiltered log;
-- combined filters walk the most selective one and check the rest.

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_actorUserId_at_idx" ON "AuditEvent"("partnershipId", "actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_entityType_at_idx" ON "AuditEvent"("partnershipId", "entityType", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_action_at_idx" ON "AuditEvent"("partnershipId", "action", "at");
