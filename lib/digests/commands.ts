// `npm run admin -- reminders send [--partnership <slug>] [--dry-run]`: the
// digests due now, for operators and cron. Sends as the worker does (the
// ledger sends each member's digest once a period, whoever runs it first);
// --dry-run, or no mail configured, lists who would get one and sends nothing.
import { now } from "@/lib/clock";
import { CommandError, parseCommandArgs, type Command } from "@/lib/cli/registry";
import { sendDigests, type DigestOutcome } from "./send";

const WORDS: Record<DigestOutcome["result"], string> = {
  sent: "sent",
  "would send": "would send",
  "nothing owed": "nothing owed",
  "already done": "already sent this period",
  failed: "failed (the next run tries again)",
};

const things = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

/** One line per member: "derbyshire  Lee Lead <lee@…>  2026-W49  3 items  sent". */
export function outcomeLine(o: DigestOutcome): string {
  return `${o.partnership}  ${o.member} <${o.email}>  ${o.period}  ${o.result === "sent" || o.result === "would send" ? `${things(o.itemCount)}  ` : ""}${WORDS[o.result]}`;
}

const remindersSend: Command = {
  name: "reminders send",
  usage: "[--partnership <slug>] [--dry-run]",
  summary: "send the email digests due now (each member's once a period), or with --dry-run list who would get one",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { partnership: { type: "string" }, "dry-run": { type: "boolean" } } as const, 0);
    const outcomes = await sendDigests({ partnershipSlug: values.partnership, dryRun: values["dry-run"], now: now(), log: io.out });
    if (values.partnership && outcomes.length === 0) {
      throw new CommandError(
        `No partnership "${values.partnership}" is open for digests (unknown, archived, or no member wants one): npm run admin -- partnership list shows them.`,
      );
    }
    for (const outcome of outcomes) io.out(outcomeLine(outcome));
    if (outcomes.length === 0) io.out("No member is due a digest.");
    if (outcomes.some((o) => o.result === "failed")) throw new Error("Some digests could not be sent; run the command again to retry them.");
  },
};

export const digestCommands: readonly Command[] = [remindersSend];
