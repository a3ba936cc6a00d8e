// The operators' commands (`npm run admin -- …`): the same mutations as /admin,
// as the command line (the audit names it and the account that ran it).
import { z } from "zod";
import { commandLineCaller } from "@/lib/auth/caller";
import { CommandError, parseCommandArgs, type Command } from "@/lib/cli/registry";
import { formatUkDate } from "@/lib/dates/format";
import { invitationUrl } from "@/lib/invitations/paths";
import { newPartnershipId } from "./ids";
import { archivePartnership, createPartnership, restorePartnership } from "./mutations";
import { getPartnershipForOperator, grantOperator, listPartnershipsForOperator } from "./queries";
import { createPartnershipSchema } from "./schema";

/** What the command line's flags are called in the schema shared with /admin. */
const FLAGS = { name: "--name", partnershipSlug: "--slug", localAuthority: "--local-authority", icb: "--icb", adminEmail: "--admin-email" } as const;
/** Said where a command leaves out what the form asks for; the programme office can be told it later. */
const NOT_GIVEN = "Not given";

function parsed<T>(schema: z.ZodType<T>, values: unknown): T {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = FLAGS[issue.path[0] as keyof typeof FLAGS];
  throw new CommandError(field ? `${field}: ${issue.message}` : issue.message);
}

export async function partnershipNamed(slug: string | undefined) {
  if (!slug) throw new CommandError("Name the partnership by its address, such as derby-city.");
  const partnership = await getPartnershipForOperator(slug);
  if (!partnership) throw new CommandError(`No partnership has the address "${slug}": npm run admin -- partnership list shows them.`);
  return partnership;
}

const operatorAdd: Command = {
  name: "operator add",
  usage: "<email>",
  summary: "make an existing account a platform operator (/admin)",
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const email = parsed(
      z.string({ error: "Give the email address of the account to make an operator." }).trim().toLowerCase().pipe(z.email("That is not an email address.")),
      positionals[0],
    );
    const { found, already } = await grantOperator(email);
    if (!found) {
      throw new CommandError(
        `No account has the email ${email}: invite them to a partnership first (npm run admin -- partnership create … --admin-email ${email}, or by its admin), and run this again once they have accepted.`,
      );
    }
    io.out(already ? `${email} is already an operator.` : `${email} is now an operator: they see /admin when they next load a page.`);
  },
};

const partnershipCreate: Command = {
  name: "partnership create",
  usage: '--slug <slug> --name "<name>" --admin-email <email> [--local-authority "<name>"] [--icb "<name>"]',
  summary: "create a partnership and print its first admin's invitation link",
  async run(args, io) {
    const options = {
      slug: { type: "string" },
      name: { type: "string" },
      "admin-email": { type: "string" },
      "local-authority": { type: "string" },
      icb: { type: "string" },
    } as const;
    const { values } = parseCommandArgs(args, options, 0);
    const input = parsed(createPartnershipSchema, {
      name: values.name,
      partnershipSlug: values.slug,
      localAuthority: values["local-authority"] ?? NOT_GIVEN,
      icb: values.icb ?? NOT_GIVEN,
      adminEmail: values["admin-email"],
    });
    const created = await createPartnership(newPartnershipId(), commandLineCaller(io.account), input);
    io.out(`Created ${created.name} (/p/${created.slug}). Send its first admin, ${created.email}, this invitation link (it works once, for 7 days):`);
    io.out(invitationUrl(created.token));
  },
};

const partnershipList: Command = {
  name: "partnership list",
  usage: "",
  summary: "every partnership: address, members, last activity, archived or not",
  async run(args, io) {
    parseCommandArgs(args, {}, 0);
    const rows = await listPartnershipsForOperator();
    if (!rows.length) return io.out("No partnerships yet: npm run admin -- partnership create makes one.");
    const lines = rows.map((r) => [
      r.slug,
      r.archivedAt ? "archived" : "active",
      `${r.members} members`,
      r.lastActivity ? `last change ${formatUkDate(r.lastActivity)}` : "no changes yet",
      r.name,
    ]);
    const widths = lines[0]!.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
    for (const line of lines) io.out(line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  "));
  },
};

const partnershipArchive: Command = {
  name: "partnership archive",
  usage: "<slug>",
  summary: "make a partnership read-only for its members and hide it from their lists",
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const { id } = await partnershipNamed(positionals[0]);
    const { name } = await archivePartnership(id, commandLineCaller(io.account), { partnershipId: id });
    io.out(`${name} is archived: its members can read it but not change it.`);
  },
};

const partnershipRestore: Command = {
  name: "partnership restore",
  usage: "<slug>",
  summary: "let an archived partnership's members change it again",
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const { id } = await partnershipNamed(positionals[0]);
    const { name } = await restorePartnership(id, commandLineCaller(io.account), { partnershipId: id });
    io.out(`${name} is restored: its members can change it again.`);
  },
};

export const operatorCommands: Command[] = [operatorAdd, partnershipCreate, partnershipList, partnershipArchive, partnershipRestore];
