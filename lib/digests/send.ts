// Sending the digests: every member whose digest is due this period, once.
//
// Once, however many workers run (three app servers, a retried job, the
// command line at the same time): each member's digest for a period is
// claimed in the ledger first (lib/digests/queries.ts claimDigest: one
// INSERT … ON CONFLICT, so exactly one claimer), and only the claimer
// composes and sends, then marks it sent (or skipped: nothing owed, no email).
//
// A worker that dies between claim and send leaves a claim with nothing sent:
// after STALE_CLAIM_MINUTES the next run claims it again and sends (the job
// is retried by pg-boss, and runs hourly anyway). A refused send lets its
// claim go at once. So a digest may be late, never lost, and never doubled
// except in the one case no ledger can close: a worker that sent and died
// before marking it sent, more than STALE_CLAIM_MINUTES ago.
import "server-only";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { absoluteUrl } from "@/lib/urls";
import { digestPeriod, STALE_CLAIM_MINUTES } from "./compute";
import { composeDigest, type Digest } from "./compose";
import { claimDigest, listDigestPartnerships, listDigestRecipients, markDigestDone, releaseDigestClaim } from "./queries";

export type DigestResult = "sent" | "would send" | "nothing owed" | "already done" | "failed";

export type DigestOutcome = { partnership: string; member: string; email: string; period: string; itemCount: number; result: DigestResult };

export type SendOptions = {
  /** Only this partnership (the command's --partnership). */
  partnershipSlug?: string;
  /** Compose and report, claim and send nothing. */
  dryRun?: boolean;
  /** The moment of the run (lib/clock now()): its UTC day decides the period. */
  now: Date;
  log?: (line: string) => void;
};

const dayOf = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/** The headers that let a mail client offer "Unsubscribe" (RFC 2369) in one click (RFC 8058: a POST to the https link). */
export function unsubscribeHeaders(digest: Digest, from = process.env.MAIL_FROM ?? ""): Record<string, string> {
  const mailbox = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const mailto = mailbox.includes("@") ? `, <mailto:${mailbox}?subject=unsubscribe>` : "";
  return { "List-Unsubscribe": `<${digest.unsubscribe}>${mailto}`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** A message id of our own, stored in the ledger, so a sent digest can be found in the mail server's logs. */
function messageId(membershipId: string, period: string): string {
  return `<digest.${period}.${membershipId}@${new URL(absoluteUrl("/")).hostname}>`;
}

export async function sendDigests(options: SendOptions): Promise<DigestOutcome[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dryRun = options.dryRun || !mailConfigured();
  if (!options.dryRun && dryRun) log("Digests: mail is not configured (SMTP_URL and MAIL_FROM), so none are sent; this run only lists them.");
  const today = dayOf(options.now);
  const staleBefore = new Date(options.now.getTime() - STALE_CLAIM_MINUTES * 60_000);
  const outcomes: DigestOutcome[] = [];
  for (const partnership of await listDigestPartnerships(options.partnershipSlug)) {
    for (const recipient of await listDigestRecipients(partnership.id)) {
      const period = digestPeriod(recipient.digestFrequency, today);
      if (!period) continue;
      const outcome = (result: DigestResult, itemCount = 0): DigestOutcome => ({
        partnership: partnership.slug,
        member: recipient.user.name,
        email: recipient.user.email,
        period,
        itemCount,
        result,
      });
      if (dryRun) {
        const digest = await composeDigest(partnership.id, recipient.id, today);
        outcomes.push(digest ? outcome("would send", digest.items.length) : outcome("nothing owed"));
        continue;
      }
      if (!(await claimDigest(partnership.id, recipient.id, period, options.now, staleBefore))) {
        outcomes.push(outcome("already done"));
        continue;
      }
      const digest = await composeDigest(partnership.id, recipient.id, today);
      if (!digest) {
        await markDigestDone(partnership.id, recipient.id, period, { at: options.now, itemCount: 0, messageId: null });
        outcomes.push(outcome("nothing owed"));
        continue;
      }
      const id = messageId(recipient.id, period);
      try {
        await sendMail({ to: digest.to.email, subject: digest.subject, text: digest.text, html: digest.html, headers: { "Message-ID": id, ...unsubscribeHeaders(digest) } });
      } catch (error) {
        await releaseDigestClaim(partnership.id, recipient.id, period);
        log(`Digests: sending ${partnership.slug}'s digest to ${recipient.user.email} failed (${(error as Error).message}); the next run tries again.`);
        outcomes.push(outcome("failed", digest.items.length));
        continue;
      }
      await markDigestDone(partnership.id, recipient.id, period, { at: options.now, itemCount: digest.items.length, messageId: id });
      outcomes.push(outcome("sent", digest.items.length));
    }
  }
  return outcomes;
}
