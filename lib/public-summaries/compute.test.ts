import { describe, expect, it } from "vitest";
import { LONG_SENTENCE_WORDS, readingTips } from "./compute";

describe("readingTips", () => {
  it("says nothing of short sentences in everyday words", () => {
    expect(readingTips("We are training more staff. Families will get answers sooner.")).toEqual([]);
  });

  it("names a sentence that is too long, by its first words", () => {
    const long = Array.from({ length: LONG_SENTENCE_WORDS + 5 }, (_, i) => `word${i}`).join(" ") + ".";
    expect(readingTips(`Short one. ${long}`)).toEqual([`A sentence of ${LONG_SENTENCE_WORDS + 5} words (“word0 word1 word2 word3 word4 word5…”): try two shorter ones.`]);
  });

  it("asks for a short form to be spelt out, unless it is", () => {
    expect(readingTips("More EHC plans are on time.")).toEqual(["Spell out EHC plans the first time: “education, health and care plans”."]);
    expect(readingTips("An education, health and care plan (EHC plan) is on time.")).toEqual([]);
    expect(readingTips("The SENDIASS team")).toEqual([]);
  });
});
