// Pure rules of the public summaries: what a working copy's state means to
// those who write and approve it, and reading tips for its text (the public
// page is written for parents and carers at a reading age of about 9).
import type { PublicSummaryState } from "@/lib/generated/prisma/enums";
import { GLOSSARY } from "@/lib/public-page/words";

export const STATE_WORDS: Record<PublicSummaryState, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for approval",
  APPROVED: "Approved",
  RETURNED: "Returned to its lead",
};

/** A sentence longer than this is hard going at a reading age of 9. */
export const LONG_SENTENCE_WORDS = 20;

/**
 * Tips for a summary's text: sentences too long to read easily, and short
 * forms (SEND, EHC plan…) a parent may not know, unless spelt out beside them.
 */
export function readingTips(text: string): string[] {
  const tips: string[] = [];
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/).length;
    if (words > LONG_SENTENCE_WORDS) tips.push(`A sentence of ${words} words (“${sentence.split(/\s+/).slice(0, 6).join(" ")}…”): try two shorter ones.`);
  }
  const used = Object.keys(GLOSSARY).filter((short) => new RegExp(`(^|[^A-Za-z])${short.replace(/ /g, "\\s+")}([^A-Za-z]|$)`).test(text));
  // "EHC plans" used: one tip, not a second for "EHC plan" within it.
  for (const short of used.filter((s) => !used.some((other) => other !== s && other.includes(s)))) {
    const meaning = GLOSSARY[short]!;
    if (!text.toLowerCase().includes(meaning.toLowerCase())) tips.push(`Spell out ${short} the first time: “${meaning}”.`);
  }
  return tips;
}
