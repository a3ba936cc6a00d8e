-- Issue 14: an audit that cannot be changed. The app's database role may
-- only INSERT and SELECT on "AuditEvent" (prisma/roles.ts grants it), and this
-- trigger refuses UPDATE, DELETE and TRUNCATE to every role, the owner
-- included, so a mistaken script or a stolen owner password cannot rewrite
-- history quietly either. (An owner who must, say for a retention policy,
-- disables the trigger explicitly: ALTER TABLE "AuditEvent" DISABLE TRIGGER …,
-- which is itself visible in the server's log.) Semicolons are spelled \073
-- because the migration runner splits scripts on them (prisma/migrate.ts).
CREATE OR REPLACE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''The audit trail is append-only: % on "AuditEvent" refused'', TG_OP USING ERRCODE = ''42501''\073 END';

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_change"();
