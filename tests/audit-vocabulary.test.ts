// Every audit row in the database reads as one sentence of the vocabulary: a
// kind and verb it registers, a before/after its schemas accept, and words,
// never "undefined" or raw JSON. The demo seed's rows are there whatever the
// order of the test files (the seed writes the partnerships' rows itself and
// publishes a board pack through its mutation); rows that files run earlier
// wrote are read too. Each mutation's own row is checked by tests/mutations.test.ts.
import { describe, expect, it } from "vitest";
import { describeAuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { db } from "./support/db";

describe("the audit trail as sentences", () => {
  it("reads every stored row through the vocabulary", async () => {
    const rows = await db.auditEvent.findMany({
      select: { actorName: true, entityType: true, entityId: true, action: true, before: true, after: true, partnership: { select: { slug: true } } },
    });
    expect(rows.filter((row) => row.entityType === "Partnership" && row.action === "create").length).toBeGreaterThanOrEqual(2);
    expect(rows.some((row) => row.entityType === "BoardPack" && row.action === "publish")).toBe(true);
    const read = rows.map((row) => ({ row, said: describeAuditRow(row, row.partnership.slug) }));
    expect(read.filter(({ said }) => !said.typed).map(({ row }) => `${row.entityType} ${row.action} ${JSON.stringify({ before: row.before, after: row.after })}`)).toEqual([]);
    expect(read.map(({ said }) => said.sentence).filter((sentence) => /\bundefined\b|\bnull\b|NaN|\[object|[{}]|T00:00/.test(sentence))).toEqual([]);
  });

  it("links each row to a page of its own partnership", async () => {
    const rows = await db.auditEvent.findMany({
      select: { actorName: true, entityType: true, entityId: true, action: true, before: true, after: true, partnership: { select: { slug: true } } },
    });
    const links = rows.flatMap((row) => {
      const href = describeAuditRow(row, row.partnership.slug).href;
      return href === null ? [] : [{ href, home: `/p/${row.partnership.slug}` }];
    });
    expect(links.length).toBeGreaterThan(rows.length / 2);
    expect(links.filter(({ href, home }) => !(href === home || href.startsWith(`${home}/`)) || /undefined|null/.test(href)).map(({ href }) => href)).toEqual([]);
  });

  it("uses every kind the seed and the mutations write", async () => {
    const kinds = await db.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true } });
    expect(kinds.map((k) => k.entityType).filter((kind) => !Object.hasOwn(vocabulary, kind))).toEqual([]);
  });
});
