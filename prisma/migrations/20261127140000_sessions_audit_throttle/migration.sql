-- Issue 14. Sessions that end: every session token carries the user's
-- "sessionVersion" and is checked against it on every request, and signing out
-- adds one. Sign-in throttling: rate-limiter-flexible's PostgreSQL store
-- (lib/auth/throttle.ts) in the layout it reads and writes, created here
-- rather than by the app at runtime. The audit outlives its partnership:
-- deleting a partnership that has audit rows is refused instead of taking
-- them with it.

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_partnershipId_fkey";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
