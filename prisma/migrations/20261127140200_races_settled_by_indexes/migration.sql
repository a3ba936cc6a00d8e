-- Issue 14, item 7: rules the database settles when two saves race past the
-- check each makes in its own transaction. Prisma's schema cannot express
-- these indexes (an expression, a predicate), so they live here only.
-- The mutations turn a refusal by either into the message their check gives
-- (writeTransaction's `duplicate`).

-- One change request awaiting the board's decision per item: an action, or
-- one milestone of it ("milestoneId" null means the action itself).
CREATE UNIQUE INDEX "ChangeRequest_one_pending_per_item"
  ON "ChangeRequest" ("partnershipId", "actionId", COALESCE("milestoneId", ''))
  WHERE "state" = 'PENDING';

-- Plan codes are unique per partnership case-insensitively, as the editors'
-- check says ("1.1A" is "1.1a" to a reader).
CREATE UNIQUE INDEX "PriorityArea_partnershipId_lower_code_key" ON "PriorityArea" ("partnershipId", lower("code"));
CREATE UNIQUE INDEX "Outcome_partnershipId_lower_code_key" ON "Outcome" ("partnershipId", lower("code"));
CREATE UNIQUE INDEX "Action_partnershipId_lower_code_key" ON "Action" ("partnershipId", lower("code"));
