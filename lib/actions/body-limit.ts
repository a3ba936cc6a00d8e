// How much one form may send. Next.js refuses a server action's body above
// its limit (next.config.ts) before the action runs; the forms check the same
// limit in the browser first, so a refusal keeps the form and what was typed
// and says what happened (issue 14: a 2 MB commentary reached an error page
// that claimed nothing was lost while the text was gone).
// The browser refuses more than 1 MB before sending; Next.js's own limit
// (next.config.ts, 11 MB, for the plan import's spreadsheets) lets a larger post made without JavaScript reach the
// form's validation, which answers next to the over-long field.
export const FORM_BODY_LIMIT_BYTES = 1_000_000;

/** Bytes a form would send: every text field as UTF-8, every file's size. */
export function formBytes(entries: Iterable<[string, FormDataEntryValue]>): { total: number; largest: { name: string; bytes: number } | null } {
  let total = 0;
  let largest: { name: string; bytes: number } | null = null;
  const encoder = new TextEncoder();
  for (const [name, value] of entries) {
    const bytes = typeof value === "string" ? encoder.encode(value).length : value.size;
    total += bytes + name.length;
    if (!largest || bytes > largest.bytes) largest = { name, bytes };
  }
  return { total, largest };
}

export function tooLargeMessage(total: number, fieldLabel: string | null): string {
  const size = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} kB`);
  return `This is too large to send (${size(total)}; a form can send at most ${size(FORM_BODY_LIMIT_BYTES)}), so nothing was sent and nothing was saved. What you typed is still here${
    fieldLabel ? `: shorten “${fieldLabel}” and send it again` : ": shorten it and send it again"
  }.`;
}
