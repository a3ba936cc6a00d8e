// The digests' entries in the audit vocabulary (lib/audit/vocabulary.ts): a
// member's choice of email reminders, made in their settings or by the
// unsubscribe link (the ledger of sends is delivery bookkeeping, not audited).
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { DIGEST_FREQUENCIES, FREQUENCY_LABELS } from "./compute";
import { digestPreviewPath } from "./paths";

const frequency = z.enum(DIGEST_FREQUENCIES);
/** Where the choice was made: the member's own page, the link's page, or a mail app's one-click unsubscribe (RFC 8058). */
export const DIGEST_CHOICE_VIA = ["their settings", "the unsubscribe link", "one-click unsubscribe"] as const;
export type DigestChoiceVia = (typeof DIGEST_CHOICE_VIA)[number];

const before = z.object({ frequency });
const after = z.object({ member: z.string(), frequency, via: z.enum(DIGEST_CHOICE_VIA) });

const VIA_WORDS: Record<DigestChoiceVia, string> = {
  "their settings": "",
  "the unsubscribe link": ", from the unsubscribe link",
  "one-click unsubscribe": ", with one-click unsubscribe",
};

/** "changed their email reminders from Weekly (on Mondays) to Daily", "turned their email reminders off, from the unsubscribe link". */
function saysChoice(change: { before: z.output<typeof before>; after: z.output<typeof after> }): string {
  const from = change.before.frequency;
  const to = change.after.frequency;
  const what =
    from === to
      ? to === "OFF"
        ? "left their email reminders off"
        : `left their email reminders at ${FREQUENCY_LABELS[to]}`
      : to === "OFF"
        ? "turned their email reminders off"
        : from === "OFF"
          ? `turned their email reminders on: ${FREQUENCY_LABELS[to]}`
          : `changed their email reminders from ${FREQUENCY_LABELS[from]} to ${FREQUENCY_LABELS[to]}`;
  return `${what}${VIA_WORDS[change.after.via]}`;
}

export const digestAudit = {
  EmailReminders: auditKind({
    label: "a member’s email reminders",
    verbs: {
      /** The member's own choice on /p/<slug>/my/email. */
      "change frequency": verb({ before, after, says: saysChoice }),
      /** The unsubscribe link's button, or a mail app's one-click POST: no session, the member the link names. */
      unsubscribe: verb({ before, after, says: saysChoice }),
    },
    // The programme office's view of the member's reminders (their choice, their next digest).
    link: (slug, membershipId) => digestPreviewPath(slug, membershipId),
  }),
} satisfies Record<string, AnyKind>;
