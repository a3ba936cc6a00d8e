// `npm run admin`: its commands run against the test database as the command
// line runs them (arguments parsed, the same mutations, the audit naming the
// command line), refusals are one sentence and a non-zero exit with nothing
// made; and the real script, spawned, lists the partnerships.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { commands } from "@/lib/cli/commands";
import { runCommand } from "@/lib/cli/registry";
import { hashInvitationToken } from "@/lib/invitations/token";
import { runningEmbeddedPostgres, startEmbeddedPostgres } from "../prisma/embedded-postgres";
import { db } from "./support/db";
import { refusingInvitationsTo } from "./support/operator";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

async function admin(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(commands, argv, { out: (line) => out.push(line), err: (line) => err.push(line), account: "tester" });
  return { code, out, err };
}

const counts = async () => ({
  partnerships: await db.partnership.count(),
  boards: await db.board.count(),
  invitations: await db.invitation.count(),
  audit: await db.auditEvent.count(),
});

let run = "";
let own: OwnPartnership;

beforeAll(async () => {
  run = randomBytes(3).toString("hex");
  own = await ownPartnership("cli");
});

describe("npm run admin -- partnership create", () => {
  it("creates the partnership and prints the first admin's invitation link on a line of its own, audited as the command line", async () => {
    const slug = `cli-new-${run}`;
    const result = await admin(
      "partnership",
      "create",
      "--slug",
      slug,
      "--name",
      "New Town SEND Partnership",
      "--admin-email",
      "First.Admin@newtown.gov.uk",
      "--icb",
      "NHS New Town ICB",
    );
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toHaveLength(2);
    const link = result.out[1]!;
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{20,}$/);
    const partnership = await db.partnership.findFirstOrThrow({ where: { slug }, select: { id: true, name: true, localAuthority: true, icb: true } });
    expect(partnership).toMatchObject({ name: "New Town SEND Partnership", localAuthority: "Not given", icb: "NHS New Town ICB" });
    const invitation = await db.invitation.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(invitation).toMatchObject({ email: "first.admin@newtown.gov.uk", role: "ADMIN", tokenHash: hashInvitationToken(link.split("/").at(-1)!) });
    const audit = await db.auditEvent.findMany({ where: { partnershipId: partnership.id }, select: { entityType: true, actorUserId: true, actorName: true } });
    expect(audit.map((r) => r.entityType).sort()).toEqual(["Invitation", "Partnership"]);
    for (const row of audit) expect(row).toMatchObject({ actorUserId: null, actorName: "Command line (tester)" });
  });

  it.each([
    [["--name", "X", "--admin-email", "a@council.gov.uk"], /^--slug: Enter the partnership’s address\.$/],
    [["--slug", "Bad_Slug", "--name", "X", "--admin-email", "a@council.gov.uk"], /^--slug: Use lower-case letters/],
    [["--slug", "cli-ok", "--admin-email", "a@council.gov.uk"], /^--name: /],
    [["--slug", "cli-ok", "--name", "X", "--admin-email", "not-an-email"], /^--admin-email: /],
    [["--slug", "cli-ok", "--name", "X", "--admin-email", "a@council.gov.uk", "--colour", "red"], /^Unknown option '--colour'/],
    [["--slug", "cli-ok", "--name", "X", "--admin-email", "a@council.gov.uk", "extra"], /^Unexpected argument 'extra'\.$/],
  ])("refuses %j in one sentence on stderr, exit 2, making nothing", async (args, sentence) => {
    const before = await counts();
    const result = await admin("partnership", "create", ...args);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(sentence);
    expect(await counts()).toEqual(before);
  });

  it("refuses an address another partnership has", async () => {
    const before = await counts();
    expect(await admin("partnership", "create", "--slug", own.slug, "--name", "X", "--admin-email", "a@council.gov.uk")).toMatchObject({
      code: 2,
      err: ["Another partnership has that address: choose another."],
    });
    expect(await counts()).toEqual(before);
  });

  it("makes nothing when the invitation fails after the partnership was written (one transaction), and says so, exit 1", async () => {
    const slug = `cli-half-${run}`;
    const before = await counts();
    await refusingInvitationsTo("refused@half.test", async () => {
      const result = await admin("partnership", "create", "--slug", slug, "--name", "Half", "--admin-email", "refused@half.test");
      expect(result.code).toBe(1);
      expect(result.err).toEqual([expect.stringMatching(/^partnership create failed, and nothing was changed: .*refused for the test/)]);
    });
    expect(await db.partnership.findFirst({ where: { slug } })).toBeNull();
    expect(await counts()).toEqual(before);
  });
});

describe("npm run admin -- partnership list|archive|restore, operator add", () => {
  it("lists every partnership with its address, state, members and name", async () => {
    const result = await admin("partnership", "list");
    expect(result.code).toBe(0);
    expect(result.out.find((line) => line.startsWith(`${own.slug} `))).toMatch(new RegExp(`^${own.slug} +active +6 members +.*${own.name}$`));
    expect(result.out.some((line) => line.startsWith("derbyshire "))).toBe(true);
  });

  it("archives and restores by address, each audited as the command line; an unknown address or a second archive is one sentence, exit 2", async () => {
    expect(await admin("partnership", "archive", own.slug)).toMatchObject({ code: 0, out: [`${own.name} is archived: its members can read it but not change it.`] });
    expect((await admin("partnership", "list")).out.find((line) => line.startsWith(`${own.slug} `))).toMatch(/ archived /);
    expect(await admin("partnership", "archive", own.slug)).toMatchObject({ code: 2, err: [`${own.name} is already archived.`] });
    expect(await admin("partnership", "restore", own.slug)).toMatchObject({ code: 0, out: [`${own.name} is restored: its members can change it again.`] });
    expect(await admin("partnership", "restore", "no-such-place")).toMatchObject({
      code: 2,
      err: ['No partnership has the address "no-such-place": npm run admin -- partnership list shows them.'],
    });
    expect(await admin("partnership", "archive")).toMatchObject({ code: 2, err: ["Name the partnership by its address, such as derby-city."] });
    const rows = await db.auditEvent.findMany({
      where: { partnershipId: own.id, entityType: "Partnership", action: { in: ["archive", "restore"] } },
      select: { actorName: true, actorUserId: true },
    });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toEqual({ actorName: "Command line (tester)", actorUserId: null });
  });

  it("makes an existing account an operator, says so when it already is, and refuses an unknown email naming how the account is made", async () => {
    const email = `lead@${own.slug}.test`;
    expect(await admin("operator", "add", email)).toMatchObject({ code: 0, out: [`${email} is now an operator: they see /admin when they next load a page.`] });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).isOperator).toBe(true);
    expect(await admin("operator", "add", email.toUpperCase())).toMatchObject({ code: 0, out: [`${email} is already an operator.`] });
    const unknown = await admin("operator", "add", `nobody-${run}@cli.test`);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual([expect.stringMatching(/^No account has the email .*: invite them to a partnership first/)]);
    expect(await admin("operator", "add")).toMatchObject({ code: 2, err: ["Give the email address of the account to make an operator."] });
  });

  it("answers an unknown command with one sentence, exit 2", async () => {
    expect(await admin("partnership", "delete", "x")).toMatchObject({ code: 2, err: ['There is no command "partnership delete": run npm run admin -- help to list them.'] });
  });
});

describe("the script itself", () => {
  it("finds the embedded server the app holds (its data directory's postmaster.pid), and none once it stops", async () => {
    const held = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", `cli-held-${process.pid}`), throwaway: true });
    try {
      expect(await runningEmbeddedPostgres(held.dataDir, "postgres")).toBe(held.urlFor("postgres"));
    } finally {
      await held.stop();
    }
    expect(await runningEmbeddedPostgres(held.dataDir, "postgres")).toBeNull();
  }, 60_000);

  it("npm run admin -- partnership list prints the partnerships on DATABASE_URL and exits 0", async () => {
    const child = spawn("npm", ["run", "--silent", "admin", "--", "partnership", "list"], { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: inject("databaseUrl") } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n").find((line) => line.startsWith(`${own.slug} `))).toContain(own.name);
    expect(stdout).toMatch(/^derbyshire +/m);
  }, 60_000);
});
