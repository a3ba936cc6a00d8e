// A digest as an email: its subject, plain text and HTML, from the items a
// member owes. Pure: the items and the links are passed in, already absolute.
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { thingsToDo } from "./compute";

export const DIGEST_SECTIONS = {
  updates: "Updates owed",
  milestones: "Milestones to record",
  risks: "Risk reviews due",
  reports: "Highlight reports owed",
  stocktakes: "Stocktake sections to write",
  changes: "Change requests awaiting your decision",
  invitations: "Invitations not yet accepted",
} as const;

export type DigestSection = keyof typeof DIGEST_SECTIONS;

/** One thing the member owes: a sentence, and the absolute link to where it is done. */
export type DigestItem = { section: DigestSection; text: string; href: string };

export type Digest = {
  subject: string;
  text: string;
  html: string;
  items: DigestItem[];
  to: { name: string; email: string };
  /** The footer's link that stops these emails without signing in (also the List-Unsubscribe header's). */
  unsubscribe: string;
};

export type DigestContent = {
  partnershipName: string;
  to: { name: string; email: string };
  frequency: DigestFrequency;
  items: readonly DigestItem[];
  /** Absolute links: stop these emails (no sign-in), and the member's own choice of how often. */
  links: { unsubscribe: string; changeFrequency: string };
};

/** Text made safe inside HTML (an element or a quoted attribute). */
export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The items by section, in the sections' order, leaving out empty ones. */
export function digestSections(items: readonly DigestItem[]): { heading: string; items: DigestItem[] }[] {
  return (Object.keys(DIGEST_SECTIONS) as DigestSection[])
    .map((section) => ({ heading: DIGEST_SECTIONS[section], items: items.filter((i) => i.section === section) }))
    .filter((s) => s.items.length > 0);
}

export function renderDigest(content: DigestContent): Digest {
  const { partnershipName, to, items, links } = content;
  const subject = `${partnershipName}: ${thingsToDo(items.length, content.frequency)}`;
  const sections = digestSections(items);
  const intro = `Hello ${to.name}, this is what ${partnershipName} is waiting for from you in Stocktake.`;
  const why = `You get this ${content.frequency === "DAILY" ? "daily" : "weekly"} email because you are a member of ${partnershipName}.`;
  const text = [
    intro,
    ...sections.map((s) => [`${s.heading} (${s.items.length})`, ...s.items.map((i) => `- ${i.text}\n  ${i.href}`)].join("\n")),
    ["--", why, `Change how often: ${links.changeFrequency}`, `Stop these emails: ${links.unsubscribe}`].join("\n"),
  ].join("\n\n");
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; color: #0b0c0c; line-height: 1.5">',
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size: 1.1em">${escapeHtml(s.heading)} (${s.items.length})</h2>\n<ul>${s.items.map((i) => `<li><a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a></li>`).join("")}</ul>`,
    ),
    `<hr><p style="font-size: 0.9em">${escapeHtml(why)} <a href="${escapeHtml(links.changeFrequency)}">Change how often</a> · <a href="${escapeHtml(links.unsubscribe)}">Stop these emails</a></p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html, items: [...items], to, unsubscribe: links.unsubscribe };
}
