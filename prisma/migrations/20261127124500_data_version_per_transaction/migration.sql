-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "dataVersionTxid" BIGINT;

-- A transaction moves the data version once, however many audit rows it
-- writes: composed writes (an import, a publish, a pack) are one change to
-- the dashboard. A concurrent transaction waits on the row lock and then sees
-- another txid, so it moves the version too. Semicolons are spelled \073
-- because the migration runner splits scripts on them (prisma/migrate.ts).
CREATE OR REPLACE FUNCTION "bump_partnership_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "Partnership" SET "dataVersion" = "dataVersion" + 1, "dataVersionTxid" = txid_current() WHERE "id" = NEW."partnershipId" AND "dataVersionTxid" IS DISTINCT FROM txid_current()\073 RETURN NULL\073 END';
