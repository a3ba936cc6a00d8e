// The round trip of issue 20: the demo's Derbyshire plan, downloaded as its
// programme office downloads it (CSV and XLSX), imported into an empty
// partnership, gives the same plan: the same areas, outcomes, codes, titles,
// milestones, due dates (to be confirmed where Derbyshire has none) and
// statuses.
import { beforeAll, describe, expect, it } from "vitest";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { toCsv, toXlsx, type Register } from "@/lib/exports/register";
import { planRegister } from "@/lib/plan/export";
import { getAssessedPlan } from "@/lib/plan/model";
import { NO_CHOICES } from "@/lib/plan-import/choices";
import { confirmImport } from "@/lib/plan-import/mutations/confirm";
import { storeUpload } from "@/lib/plan-import/mutations/upload";
import { db } from "./support/db";
import { ownPartnership } from "./support/own-partnership";

const today = parseIsoDate("2026-11-20");
let derbyshire: MemberContext;

async function demoMember(email: string, slug: string): Promise<MemberContext> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, sessionVersion: true } });
  const row = await getMembershipBySlug(user.id, slug);
  if (!row) throw new Error(`${email} is not a member of ${slug}`);
  return memberContext({ userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, row);
}

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? "to be confirmed";

/** The plan as its page reads it, in words that survive a spreadsheet (spacing aside). */
async function planOf(partnershipId: string) {
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  const plan = await getAssessedPlan(partnershipId, today);
  return plan.tree.map((area) => ({
    area: `${area.code} ${flat(area.title)}`,
    outcomes: area.outcomes.map((outcome) => ({
      outcome: `${outcome.code} ${flat(outcome.text)}`,
      actions: outcome.actions.map((action) => ({
        code: action.code,
        title: flat(action.title),
        due: day(action.currentDueDate),
        status: action.reportedStatus,
        milestones: action.milestones.map((m) => `${flat(m.text)} — ${m.frequency ?? day(m.dueDate)}`),
      })),
    })),
  }));
}

beforeAll(async () => {
  derbyshire = await demoMember("admin@derbyshire.demo", "derbyshire");
});

describe("the Derbyshire plan, downloaded and imported into an empty partnership", () => {
  for (const format of ["csv", "xlsx"] as const) {
    it(`gives the same plan from the ${format.toUpperCase()}`, async () => {
      const register = (await planRegister(derbyshire, new URLSearchParams(), today)) as Register<unknown>;
      const bytes = format === "csv" ? new TextEncoder().encode(toCsv(register)) : new Uint8Array(await toXlsx(register));
      const own = await ownPartnership(`round-trip-${format}`);
      const admin = await own.caller("admin");
      const { id } = await storeUpload(own.id, admin, { fileName: `derbyshire-plan.${format}`, bytes });
      const result = await confirmImport(own.id, admin, { source: { uploadId: id }, choices: NO_CHOICES });
      const expected = await planOf(derbyshire.partnershipId);
      const actions = expected.flatMap((a) => a.outcomes.flatMap((o) => o.actions));
      expect(result.actions).toEqual({ new: actions.length, updated: 0, unchanged: 0 });
      expect(await planOf(own.id)).toEqual(expected);
      // Derbyshire's leads are not members here: each is kept as text and listed to invite.
      expect(result.toInvite.length).toBeGreaterThan(0);
    });
  }
});
