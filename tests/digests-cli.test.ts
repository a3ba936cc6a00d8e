// `npm run admin -- reminders send`, run in-process as the command line runs
// it: a dry run lists each member with their count and sends nothing; a run
// sends (through a real SMTP server) and says so; the next says it was
// already sent; an unknown partnership is refused with exit 2.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { commands } from "@/lib/cli/commands";
import { runCommand } from "@/lib/cli/registry";
import { digestPartnership, type DigestPartnership } from "./support/digests";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";

let setup: DigestPartnership;
let smtp: SmtpCapture;

async function admin(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(commands, argv, { out: (line) => out.push(line), err: (line) => err.push(line), account: "tester" });
  return { code, out, err };
}

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  smtp = await startSmtpCapture();
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Stocktake <stocktake@send.example.gov.uk>");
  setup = await digestPartnership("digests-cli");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.stop();
});

describe("npm run admin -- reminders send", () => {
  it("--dry-run lists who would get a digest and how many items, and sends nothing", async () => {
    const { code, out } = await admin("reminders", "send", "--partnership", setup.own.slug, "--dry-run");
    expect(code).toBe(0);
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${setup.own.slug}  Lee Lead <lead@${setup.own.slug}\\.test>  \\d{4}-W\\d{2}  1 item  would send$`)),
        expect.stringMatching(/Vic Viewer .* nothing owed$/),
      ]),
    );
    expect(smtp.messages).toHaveLength(0);
  });

  it("sends, then says each was already sent this period", async () => {
    const first = await admin("reminders", "send", "--partnership", setup.own.slug);
    expect(first.code).toBe(0);
    expect(first.out).toEqual(expect.arrayContaining([expect.stringMatching(/Lee Lead .* 1 item  sent$/), expect.stringMatching(/Bea Board .* sent$/)]));
    await smtp.next(`lead@${setup.own.slug}.test`);
    const second = await admin("reminders", "send", "--partnership", setup.own.slug);
    expect(second.out.every((line) => line.endsWith("already sent this period"))).toBe(true);
    expect(smtp.messages.filter((m) => m.to.includes(`lead@${setup.own.slug}.test`))).toHaveLength(1);
  });

  it("refuses a partnership it does not know, with exit 2", async () => {
    const { code, err } = await admin("reminders", "send", "--partnership", "no-such-place");
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining('No partnership "no-such-place"')]);
  });
});
