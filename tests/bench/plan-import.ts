// The plan import at scale (issue 20's budget): a generated 2,000-row plan,
// Hull-style (merged-cell blanks, month-year dates, "TBC", measures with a
// date and a rhythm, members and roles as leads, a status word nothing maps),
// as CSV and XLSX, into a fresh partnership of the bench database. Measured as
// the page and the confirm run them: the upload's preview (loadImportUpload:
// the stored file read, the plan read, every row previewed; budget under 3 s)
// and the import (confirmImport: every row through the plan's cores in one
// transaction; budget under 10 s), then the same file again (all unchanged).
import ExcelJS from "exceljs";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { callerOf } from "../../lib/auth/caller";
import type { MemberContext } from "../../lib/auth/guards";
import { DEFAULT_STATUS_LABELS } from "../../lib/plan/status";
import { NO_CHOICES, type ImportChoices } from "../../lib/plan-import/choices";
import { confirmImport } from "../../lib/plan-import/mutations/confirm";
import { storeUpload } from "../../lib/plan-import/mutations/upload";
import { loadImportUpload } from "../../lib/plan-import/view";

export const PLAN_IMPORT_BUDGET = { previewMs: 3000, importMs: 10_000 };
export const PLAN_IMPORT_ROWS = 2000;
export const PLAN_IMPORT_SLUG = "bench-import";

const HEADERS = ["Strategic priority", "What do we want to achieve", "What we will do", "Impact measures", "Strategic lead", "Start date", "Due date", "SEF/DBV/AFI", "Status"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const STATUSES = ["On track", "On track some concerns", "Off track", "Completed", "Not due yet", "Progressing well", ""];
const LEADS = ["Ada Office", "Head of Inclusion", "Designated Clinical Officer", "Principal Educational Psychologist"];

/** The plan's rows: 10 priorities × 10 outcomes × 20 actions; the priority and outcome written only on their first row (merged cells). */
export function generatedPlan(rows = PLAN_IMPORT_ROWS): string[][] {
  const plan: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const area = Math.floor(i / 200) + 1;
    const outcome = Math.floor(i / 20) + 1;
    const start = MONTHS[i % 12]!;
    const due = i % 17 === 0 ? "TBC" : `${MONTHS[(i + 5) % 12]}-${26 + (i % 3)}`;
    plan.push([
      i % 200 === 0 ? `Priority ${area}: Theme ${area} for children and young people` : "",
      i % 20 === 0 ? `Outcome ${outcome}: families say things are better in part ${outcome}` : "",
      `Action ${i + 1}: deliver improvement ${i + 1} with partners across education, health and care`,
      `Measure ${i + 1}a is reported to the board By when: ${due === "TBC" ? "31 March 2027" : `30 June 202${6 + (i % 2)}`}\nMeasure ${i + 1}b is sampled By when: Quarterly`,
      LEADS[i % LEADS.length]!,
      `${start}-25`,
      due,
      i % 3 === 0 ? "SEF, DBV" : "AFI2",
      STATUSES[i % STATUSES.length]!,
    ]);
  }
  return plan;
}

const csvCell = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function planCsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode([HEADERS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n"));
}

export async function planXlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement plan");
  sheet.addRow(["Hull-style improvement plan (generated for the bench)"]);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A partnership of the bench's own, with its programme office (whose name some rows give as the lead). */
async function freshPartnership(prisma: PrismaClient, passwordHash: string) {
  const partnership = await prisma.partnership.create({
    data: { slug: PLAN_IMPORT_SLUG, name: "Bench Import Local Area SEND Partnership", localAuthority: "Bench Council", icb: "NHS Bench ICB" },
    select: { id: true },
  });
  const user = await prisma.user.create({ data: { email: `admin@${PLAN_IMPORT_SLUG}.bench`, name: "Ada Office", passwordHash }, select: { id: true } });
  const membership = await prisma.membership.create({
    data: { partnershipId: partnership.id, userId: user.id, role: "ADMIN", jobTitle: "Programme Manager" },
    select: { id: true },
  });
  return { partnershipId: partnership.id, userId: user.id, membershipId: membership.id };
}

export type PlanImportTiming = { name: string; ms: number; budgetMs: number | null; said: string };

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Runs the import's budget against the bench database (DATABASE_URL must name
 * it before the first query: lib/db.ts connects on first use).
 */
export async function measurePlanImport(prisma: PrismaClient, passwordHash: string, size = PLAN_IMPORT_ROWS): Promise<PlanImportTiming[]> {
  const { partnershipId, userId, membershipId } = await freshPartnership(prisma, passwordHash);
  // The admin as requireMembership gives them to the page (lib/auth/guards is not loaded outside Next.js).
  const admin: MemberContext = {
    user: { userId, name: "Ada Office", email: `admin@${PLAN_IMPORT_SLUG}.bench`, sessionVersion: 0 },
    partnershipId,
    partnership: { id: partnershipId, slug: PLAN_IMPORT_SLUG, name: "Bench Import", advisorDashboardAccess: false, archivedAt: null },
    labels: DEFAULT_STATUS_LABELS,
    membershipId,
    role: "ADMIN",
    jobTitle: "Programme Manager",
    scope: { role: "ADMIN", areaIds: [], membershipId, advisorDashboardAccess: false },
    hasOtherPartnerships: false,
  };
  const caller = callerOf(admin);
  const rows = generatedPlan(size);
  const files = { csv: planCsv(rows), xlsx: await planXlsx(rows) };
  const choices: ImportChoices = { ...NO_CHOICES, words: { "progressing well": "ON_TRACK" } };
  const timings: PlanImportTiming[] = [];

  const uploads: Record<"csv" | "xlsx", string> = { csv: "", xlsx: "" };
  for (const kind of ["xlsx", "csv"] as const) {
    uploads[kind] = (await storeUpload(partnershipId, caller, { fileName: `generated-plan.${kind}`, bytes: files[kind] })).id;
    const { ms, value } = await timed(() => loadImportUpload(admin, uploads[kind], choices));
    const counts = value?.preview?.counts;
    timings.push({
      name: `Preview, ${size} rows (${kind.toUpperCase()}, ${(files[kind].length / 1024).toFixed(0)} kB)`,
      ms,
      budgetMs: PLAN_IMPORT_BUDGET.previewMs,
      said: counts ? `${counts.new} new, ${counts.errors} errors, ${counts.warnings} warnings` : `no preview: ${value?.problem ?? value?.mappingProblems.join(" ")}`,
    });
  }
  const first = await timed(() => confirmImport(partnershipId, caller, { source: { uploadId: uploads.xlsx }, choices }));
  timings.push({
    name: `Import, ${size} new actions (XLSX)`,
    ms: first.ms,
    budgetMs: PLAN_IMPORT_BUDGET.importMs,
    said: `${first.value.areas} areas, ${first.value.outcomes} outcomes, ${first.value.actions.new} actions, ${first.value.milestones} milestones`,
  });
  const again = await timed(() => confirmImport(partnershipId, caller, { source: { uploadId: uploads.csv }, choices }));
  timings.push({ name: "The same plan again (CSV)", ms: again.ms, budgetMs: PLAN_IMPORT_BUDGET.importMs, said: `${again.value.actions.unchanged} unchanged` });
  return timings;
}

/** The table, and what missed its budget. */
export function reportPlanImport(timings: PlanImportTiming[]): string[] {
  console.log("\nPlan import (tests/bench/plan-import.ts)");
  for (const t of timings) console.log(`  ${t.name.padEnd(48)} ${(t.ms / 1000).toFixed(2).padStart(6)} s  (budget ${t.budgetMs ? `${t.budgetMs / 1000} s` : "none"})  ${t.said}`);
  return timings.filter((t) => t.budgetMs !== null && t.ms > t.budgetMs).map((t) => `${t.name}: ${(t.ms / 1000).toFixed(2)} s (budget ${t.budgetMs! / 1000} s)`);
}
