-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- Every write to a partnership writes an audit row in its own transaction, so
-- one trigger keeps the counter exact: it commits (or rolls back) with the write.
-- The body spells its semicolons as \073 because the migration runner splits
-- scripts on every semicolon (prisma/migrate.ts).
CREATE FUNCTION "bump_partnership_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "Partnership" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = NEW."partnershipId"\073 RETURN NULL\073 END';

CREATE TRIGGER "AuditEvent_bump_partnership_data_version"
  AFTER INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "bump_partnership_data_version"();
