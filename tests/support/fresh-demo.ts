// The demo seeded afresh, in a database of its own (created, migrated and
// seeded as the owner, as npm start does), and what it shows read out in a
// form two builds can be compared in: for tests/seed-story.test.ts, which
// checks that the same day always gives the same demo.
import pg from "pg";
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/prisma/migrate";
import { seedDemo } from "@/prisma/seed";

export type FreshDemo = { pool: pg.Pool; prisma: PrismaClient; drop: () => Promise<void> };

async function admin(base: string, sql: string) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database named `name` (dropped first if a killed run left it), migrated and seeded with the demo. */
export async function freshDemo(name: string): Promise<FreshDemo> {
  const base = inject("ownerDatabaseUrl");
  const url = base.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  await admin(base, `DROP DATABASE IF EXISTS ${name}`);
  await admin(base, `CREATE DATABASE ${name}`);
  await applyMigrations(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await seedDemo(prisma);
  return {
    pool,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
      await admin(base, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

/** Row ids (cuids) wherever they appear, in a key or inside a text or a frozen snapshot: they differ between builds by design. */
const ID = /\bc[a-z0-9]{24}\b/g;
/** A timestamp in JSON: compared by its day (writes stamp the pinned day with the time of the write). */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::\d{2})?)?$/;

function canonical(value: unknown): unknown {
  if (typeof value === "string") return INSTANT.exec(value)?.[1] ?? value.replace(ID, "<id>");
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** A referenced row is named by the first of these columns its table has (a code within its partnership, a slug, an email…). */
const NAMING = ["slug", "code", "email", "key", "period", "title", "name", "text"];

/**
 * Every row of every table, as the demo shows it: a reference to another row
 * by that row's name (its code, slug, email, title…; "<ref>" for a table with
 * none), so that an update given the wrong action shows; without row ids,
 * without the columns the database or Prisma stamps with the moment of the
 * write (`DEFAULT CURRENT_TIMESTAMP`, `updatedAt`) or the transaction that
 * made it (`dataVersionTxid`), without password hashes (salted); every other
 * instant by its day. Rows sorted, so that two builds of the same day compare
 * equal row for row.
 */
export async function demoRows(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string; column_default: string | null }[]>`
    SELECT table_name, column_name, column_default FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`;
  // Each foreign-key column and the table it names (a key that also carries partnershipId names its row by id).
  const references = await prisma.$queryRaw<{ table_name: string; column_name: string; target: string }[]>`
    SELECT DISTINCT kcu.table_name, kcu.column_name, ccu.table_name AS target
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND ccu.column_name = 'id'
      AND (kcu.column_name <> 'partnershipId' OR ccu.table_name = 'Partnership')`;
  const target = new Map(references.map((r) => [`${r.table_name}.${r.column_name}`, r.target]));
  const columnsOf = new Map<string, string[]>();
  for (const c of columns) columnsOf.set(c.table_name, [...(columnsOf.get(c.table_name) ?? []), c.column_name]);
  const named = (table: string, column: string) => {
    const to = target.get(`${table}.${column}`)!;
    const naming = NAMING.find((n) => columnsOf.get(to)?.includes(n));
    return naming ? `(SELECT r."${naming}" FROM "${to}" r WHERE r."id" = t."${column}")` : `CASE WHEN t."${column}" IS NULL THEN NULL ELSE '<ref>' END`;
  };
  const stamped = (c: { table_name: string; column_name: string; column_default: string | null }) =>
    /^(id|updatedAt|passwordHash|dataVersionTxid)$/.test(c.column_name) ||
    (c.column_name.endsWith("Id") && !target.has(`${c.table_name}.${c.column_name}`)) ||
    /CURRENT_TIMESTAMP|now\(\)/i.test(c.column_default ?? "");
  const tables = new Map<string, string[]>();
  for (const c of columns) if (!stamped(c)) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c.column_name]);
  const rows: Record<string, string[]> = {};
  for (const [table, kept] of tables) {
    const select = kept.map((c) => `'${c}', ${target.has(`${table}.${c}`) ? named(table, c) : `t."${c}"`}`).join(", ");
    const found = await prisma.$queryRawUnsafe<{ row: unknown }[]>(`SELECT jsonb_build_object(${select}) AS row FROM "${table}" t`);
    rows[table] = found.map((f) => JSON.stringify(canonical(f.row))).sort();
  }
  return rows;
}

/** Where two builds differ: per table, the rows only one of them has (a few of each). */
export function differences(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, { onlyFirst: string[]; onlySecond: string[] }> {
  const out: Record<string, { onlyFirst: string[]; onlySecond: string[] }> = {};
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[table] ?? [];
    const right = b[table] ?? [];
    const unmatched = (rows: string[], other: string[]) => {
      const pool = new Map<string, number>();
      for (const r of other) pool.set(r, (pool.get(r) ?? 0) + 1);
      return rows.filter((r) => {
        const n = pool.get(r) ?? 0;
        if (n > 0) pool.set(r, n - 1);
        return n === 0;
      });
    };
    const onlyFirst = unmatched(left, right);
    const onlySecond = unmatched(right, left);
    if (onlyFirst.length || onlySecond.length) out[table] = { onlyFirst: onlyFirst.slice(0, 3), onlySecond: onlySecond.slice(0, 3) };
  }
  return out;
}
