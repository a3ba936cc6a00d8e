// The public page's fixed words (lib/public-page/words.ts) at the GOV.UK
// reading age of 9: a Flesch-Kincaid grade of at most 4 (age ≈ grade + 5),
// measured with text-readability over the whole template, and each sentence
// named when the whole misses, worst first.
import rs from "text-readability";
import { describe, expect, it } from "vitest";
import { templateText } from "@/lib/public-page/words";

const MAX_GRADE = 4;
const asSentence = (text: string) => (/[.!?:]$/.test(text) ? text.replace(/:$/, ".") : `${text}.`);

describe("the public page's template text", () => {
  it(`reads at Flesch-Kincaid grade ${MAX_GRADE} or below`, () => {
    const sentences = templateText().map(asSentence);
    const grade = rs.fleschKincaidGrade(sentences.join(" "));
    const worst = sentences.map((text) => ({ text, grade: rs.fleschKincaidGrade(text) })).sort((a, b) => b.grade - a.grade);
    expect(
      grade,
      `grade ${grade}; hardest sentences: ${worst
        .slice(0, 3)
        .map((s) => `"${s.text}" (${s.grade})`)
        .join(", ")}`,
    ).toBeLessThanOrEqual(MAX_GRADE);
  });
});
