// Every audit row in the database (the demo seed's, and whatever the test
// files before this one wrote through the mutations) reads as one sentence of
// the vocabulary: a kind and verb it registers, a before/after its schemas
// accept, and words, never "undefined" or raw JSON.
import { describe, expect, it } from "vitest";
import { describeAuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { db } from "./support/db";

describe("the audit trail as sentences", () => {
  it("reads every stored row through the vocabulary", async () => {
    const rows = await db.auditEvent.findMany({
      select: { actorName: true, entityType: true, entityId: true, action: true, before: true, after: true, partnership: { select: { slug: true } } },
    });
    expect(rows.length).toBeGreaterThan(100);
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
