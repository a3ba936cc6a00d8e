// Rows written before the vocabulary existed keep reading. The fixture holds
// one real row for each kind and verb the previous release wrote (its
// mutation registry run once, and the demo seed: commit 616fb1d); audit rows
// can never be rewritten (a trigger refuses), so the reader must take them as
// they are.
import { describe, expect, it } from "vitest";
import rows from "./fixtures/rows-before-vocabulary.json";
import { describeAuditRow } from "./sentence";

describe("audit rows written before the vocabulary", () => {
  const read = rows.map((row) => ({ key: `${row.entityType} ${row.action}`, ...describeAuditRow(row, "derbyshire") }));

  it("covers every kind and verb the previous release wrote", () => {
    expect(read.length).toBe(78);
  });

  it("each reads as one sentence of words, naming who did it", () => {
    const bad = read.filter(
      ({ sentence }, i) =>
        !sentence.startsWith(rows[i]!.actorName) || !/[.!?]”?$/.test(sentence) || /\.”?\.$/.test(sentence) || /\bundefined\b|\bnull\b|NaN|\[object|[{}]|T00:00/.test(sentence),
    );
    expect(bad.map(({ key, sentence }) => `${key}: ${sentence}`)).toEqual([]);
  });

  it("each reads through its kind's verb, not the plain reader", () => {
    expect(read.filter(({ typed }) => !typed).map(({ key }) => key)).toEqual([]);
  });
});
