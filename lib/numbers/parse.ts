// Numbers as people type them, read by a real parser (@internationalized/number,
// en-GB) and then held to what a reader would take them to mean: a thousands
// separator only between groups of three digits, no spaces inside the number,
// nothing beyond what a plan's figures can be. Issue 14 found "1,2,3" and
// " 1 2 3 " saved as 123 and 400 nines saved as Infinity. Pure.
import { NumberParser } from "@internationalized/number";

const parser = new NumberParser("en-GB", { maximumFractionDigits: 20 });
const grouping = new Intl.NumberFormat("en-GB", { useGrouping: true, maximumFractionDigits: 0 });

/** Beyond this a figure in a plan is a typing slip, and beyond 2^53 digits are lost. */
export const LARGEST = 1e12;

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

export function parseNumber(input: string, options: { percentSign?: boolean } = {}): ParsedNumber {
  let text = input.trim();
  if (!text) return { ok: false, message: "Enter a number." };
  if (options.percentSign !== false && text.endsWith("%")) text = text.slice(0, -1).trimEnd();
  if (/\s/.test(text)) return { ok: false, message: `“${input.trim()}” has spaces inside it: write the number without them, for example 1234 or 1,234.` };
  if (!parser.isValidPartialNumber(text)) return { ok: false, message: `“${short(input)}” is not a number. Write it like 45.2 or 1,234.` };
  const value = parser.parse(text);
  if (Number.isNaN(value)) return { ok: false, message: `“${short(input)}” is not a number. Write it like 45.2 or 1,234.` };
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST) return { ok: false, message: `“${short(input)}” is too large to be a figure in the plan.` };
  if (text.includes(",")) {
    // Commas must sit exactly where en-GB grouping puts them: "1,2,3" is ambiguous, not 123.
    const whole = text.replace(/^[-−]/, "").split(".")[0]!;
    if (whole !== grouping.format(Number(whole.replaceAll(",", "")))) {
      return { ok: false, message: `“${short(input)}” has commas in the wrong places: commas separate thousands, as in 1,234. For a decimal use a point, as in 12.5.` };
    }
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function short(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 24 ? `${trimmed.slice(0, 21)}…` : trimmed;
}
