-- Issue 19: platform operators, and archived partnerships.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "isOperator" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "archivedAt" TIMESTAMP(3);

-- An archived partnership is read-only for its members. Every write the app
-- makes inserts its audit row in the same transaction (lib/audit/mutation.ts),
-- so refusing that row refuses the write, whatever path it came by: the app
-- turns the refusal (SQLSTATE SA001) into the message it carries. The row
-- lock (the same the data-version trigger takes) makes a write wait for an
-- archive in progress and then see it. The one row let through is the
-- archive's own ("Partnership" "archive" of this partnership), written in the
-- transaction that sets archivedAt, and a restore clears archivedAt before its
-- row is written (lib/operators/mutations.ts). Semicolons are spelled \073
-- because the migration runner splits scripts on them (prisma/migrate.ts).
CREATE OR REPLACE FUNCTION "refuse_archived_partnership_write"() RETURNS trigger LANGUAGE plpgsql AS
  E'DECLARE partnership_name text\073 archived_at timestamp(3)\073 BEGIN SELECT "name", "archivedAt" INTO partnership_name, archived_at FROM "Partnership" WHERE "id" = NEW."partnershipId" FOR NO KEY UPDATE\073 IF archived_at IS NOT NULL AND NOT (NEW."entityType" = ''Partnership'' AND NEW."action" = ''archive'' AND NEW."entityId" = NEW."partnershipId") THEN RAISE EXCEPTION ''% is archived: it can be read but not changed.'', partnership_name USING ERRCODE = ''SA001''\073 END IF\073 RETURN NEW\073 END';

CREATE TRIGGER "AuditEvent_partnership_not_archived"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_archived_partnership_write"();
