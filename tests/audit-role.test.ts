// Issue 14, item 5: the app runs as a role that owns nothing it should not
// change, and the audit cannot be rewritten, by the app's role or the owner.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import "./support/db";

const appUrl = inject("databaseUrl");
const ownerUrl = inject("ownerDatabaseUrl");
const app = new pg.Pool({ connectionString: appUrl, max: 2 });
const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });

/**
 * Whether deleting the partnership is refused, tried in a transaction that is
 * rolled back whatever happens (were it to cascade, nothing is lost), and the
 * number of its audit rows seen inside that transaction afterwards.
 */
async function tryDeletePartnership(pool: pg.Pool, id: string): Promise<{ refusal: string | null; auditRowsAfter: number }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SAVEPOINT attempt");
    let code: string | null = null;
    try {
      await client.query(`DELETE FROM "Partnership" WHERE "id" = $1`, [id]);
    } catch (error) {
      code = (error as { code?: string }).code ?? "unknown";
      await client.query("ROLLBACK TO SAVEPOINT attempt");
    }
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "partnershipId" = $1`, [id]);
    return { refusal: code, auditRowsAfter: rows[0]!.n };
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    client.release();
  }
}

/** The SQLSTATE a statement fails with, or null when it succeeds. */
async function refusal(pool: pg.Pool, text: string, values: unknown[] = []): Promise<string | null> {
  try {
    await pool.query(text, values);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "unknown";
  }
}

let auditId: string;
let partnershipId: string;

beforeAll(async () => {
  // One audit row of Derby City's, written as the app writes (INSERT), in a
  // shape the vocabulary reads: the row stays for good (the table is append-
  // only), and tests/audit-vocabulary.test.ts reads every row, whatever order
  // the files run in.
  const { rows } = await app.query<{ id: string }>(`SELECT "id" FROM "Partnership" WHERE "slug" = 'derby-city'`);
  partnershipId = rows[0]!.id;
  auditId = `audit-role-${Date.now()}`;
  await app.query(
    `INSERT INTO "AuditEvent" ("id", "partnershipId", "actorName", "entityType", "entityId", "action", "after") VALUES ($1, $2, 'Test', 'Partnership', $2, 'create', '{"slug":"derby-city"}')`,
    [auditId, partnershipId],
  );
});

afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
});

describe("the app's database role", () => {
  it("is not the owner, and not a superuser", async () => {
    const { rows } = await app.query<{ user: string; super: boolean; createrole: boolean; createdb: boolean }>(
      `SELECT current_user AS "user", rolsuper AS "super", rolcreaterole AS createrole, rolcreatedb AS createdb FROM pg_roles WHERE rolname = current_user`,
    );
    const { rows: owned } = await app.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user`);
    expect(rows[0]).toMatchObject({ super: false, createrole: false, createdb: false });
    expect(owned).toEqual([]);
    const { rows: ownerRows } = await owner.query<{ user: string }>(`SELECT current_user AS "user"`);
    expect(rows[0]!.user).not.toBe(ownerRows[0]!.user);
  });

  it("may insert and read audit rows, but not change or delete them", async () => {
    expect((await app.query(`SELECT "id" FROM "AuditEvent" WHERE "id" = $1`, [auditId])).rowCount).toBe(1);
    // 42501: insufficient privilege.
    expect(await refusal(app, `UPDATE "AuditEvent" SET "actorName" = 'Someone else' WHERE "id" = $1`, [auditId])).toBe("42501");
    expect(await refusal(app, `DELETE FROM "AuditEvent" WHERE "id" = $1`, [auditId])).toBe("42501");
    expect(await refusal(app, `TRUNCATE "AuditEvent"`)).toBe("42501");
  });

  it("cannot change the schema or the migration history", async () => {
    expect(await refusal(app, `CREATE TABLE "Intruder" ("id" text)`)).toBe("42501");
    expect(await refusal(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).toBe("42501");
    expect(await refusal(app, `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).toBe("42501");
    expect(await refusal(app, `SELECT * FROM "_prisma_migrations"`)).toBe("42501");
  });

  it("still reads and writes the tenant data and the sign-in throttle", async () => {
    expect(await refusal(app, `UPDATE "Partnership" SET "name" = "name" WHERE "id" = $1`, [partnershipId])).toBeNull();
    expect(await refusal(app, `INSERT INTO "SignInThrottle" ("key", "points", "expire") VALUES ('audit-role-test', 1, 0)`)).toBeNull();
    expect(await refusal(app, `DELETE FROM "SignInThrottle" WHERE "key" = 'audit-role-test'`)).toBeNull();
  });
});

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE even to the owner (a trigger)", async () => {
    expect(await refusal(owner, `UPDATE "AuditEvent" SET "actorName" = 'Someone else' WHERE "id" = $1`, [auditId])).toBe("42501");
    expect(await refusal(owner, `DELETE FROM "AuditEvent" WHERE "id" = $1`, [auditId])).toBe("42501");
    expect(await refusal(owner, `TRUNCATE "AuditEvent"`)).toBe("42501");
    const { rows } = await owner.query(`SELECT "actorName" FROM "AuditEvent" WHERE "id" = $1`, [auditId]);
    expect(rows).toEqual([{ actorName: "Test" }]);
  });

  it("outlives its partnership: deleting the partnership is refused, not cascaded", async () => {
    const audited = (await owner.query(`SELECT 1 FROM "AuditEvent" WHERE "partnershipId" = $1`, [partnershipId])).rowCount;
    expect(audited).toBeGreaterThan(0);
    // 23001: restrict violation (the key to "Partnership" is ON DELETE RESTRICT). Neither role can take the audit with the partnership.
    expect(await tryDeletePartnership(app, partnershipId)).toEqual({ refusal: "23001", auditRowsAfter: audited });
    expect(await tryDeletePartnership(owner, partnershipId)).toEqual({ refusal: "23001", auditRowsAfter: audited });
  });
});
