-- CreateEnum
CREATE TYPE "BoardPackState" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "BoardPack" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "state" "BoardPackState" NOT NULL DEFAULT 'DRAFT',
    "coverNote" TEXT,
    "snapshot" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedByName" TEXT,
    "publishedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardPack_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardPack_partnershipId_id_key" ON "BoardPack"("partnershipId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPack_partnershipId_meetingId_key" ON "BoardPack"("partnershipId", "meetingId");

-- AddForeignKey
ALTER TABLE "BoardPack" ADD CONSTRAINT "BoardPack_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPack" ADD CONSTRAINT "BoardPack_partnershipId_meetingId_fkey" FOREIGN KEY ("partnershipId", "meetingId") REFERENCES "Meeting"("partnershipId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A published board pack is immutable (STYLE rule 16): the app never updates
-- one, and this trigger makes sure no script does either. Deleting the
-- meeting (and with it the pack) stays possible. Semicolons are spelled \073
-- because the migration runner splits scripts on them (prisma/migrate.ts).
CREATE OR REPLACE FUNCTION "refuse_published_board_pack_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF OLD."state" = ''PUBLISHED'' THEN RAISE EXCEPTION ''A published board pack cannot be changed'' USING ERRCODE = ''42501''\073 END IF\073 RETURN NEW\073 END';

CREATE TRIGGER "BoardPack_published_immutable"
  BEFORE UPDATE ON "BoardPack"
  FOR EACH ROW EXECUTE FUNCTION "refuse_published_board_pack_change"();
