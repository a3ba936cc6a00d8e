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

/**
 * Every row of every table, as the demo shows it: without row ids and keys,
 * without the columns the database or Prisma stamps with the moment of the
 * write (`DEFAULT CURRENT_TIMESTAMP`, `updatedAt`) or the transaction that
 * made it (`dataVersionTxid`), without password hashes (salted); every other instant by its day. Rows sorted, so that two builds
 * of the same day compare equal row for row.
 */
export async function demoRows(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string; column_default: string | null }[]>`
    SELECT table_name, column_name, column_default FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`;
  const stamped = (c: { column_name: string; column_default: string | null }) =>
    /^(id|updatedAt|passwordHash|dataVersionTxid)$/.test(c.column_name) || c.column_name.endsWith("Id") || /CURRENT_TIMESTAMP|now\(\)/i.test(c.column_default ?? "");
  const tables = new Map<string, string[]>();
  for (const c of columns) if (!stamped(c)) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c.column_name]);
  const rows: Record<string, string[]> = {};
  for (const [table, kept] of tables) {
    const select = kept.map((c) => `'${c}', t."${c}"`).join(", ");
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
