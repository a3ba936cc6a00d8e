"use server";

import { formObject, ok, type ActionResult } from "@/lib/actions/result";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/dates/format";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { parseKpiValues } from "./import";
import { archiveKpiSchema, createKpiSchema, updateKpiSchema } from "./definition";
import { createKpi, setKpiArchived, updateKpi } from "./mutations/definitions";
import { setKpiPublic } from "./mutations/public";
import { correctKpiValue, importKpiValues, saveKpiValue } from "./mutations/values";
import { kpiPath, kpisPath } from "./paths";
import { correctKpiValueSchema, kpiImportSchema, kpiValueSchema, setKpiPublicSchema, type KpiImportInput } from "./schema";

export async function saveKpiValueAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, kpiValueSchema, saveKpiValue, (saved) =>
    ok(undefined, saved.replaced ? "Value corrected; the earlier value and your reason are in the KPI's corrections." : "Value saved."),
  );
}

/**
 * Correct or remove one value, with a reason kept in the KPI's history of
 * corrections. The answer is the KPI page, which says what was done: a removed
 * value's row (and the form in it) is gone.
 */
export async function correctKpiValueAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, correctKpiValueSchema, correctKpiValue, (done, input, member) => ({
    redirectTo: kpiPath(member.partnership.slug, done.kpiId, { corrected: toIsoDate(input.period).slice(0, 7) }),
  }));
}

export type ImportPreview = {
  /** What was previewed, so the confirm step sends it again (also without JavaScript, when it came from a file). */
  data: string;
  /** The reason given for replacing values, kept for the confirm step. */
  reason?: string;
  rows: { line: number; periodText: string; valueText: string; errors: string[] }[];
  validCount: number;
  errorCount: number;
};

type ImportAnswer = ActionResult<{ preview?: ImportPreview; saved?: number }>;

/** Step one: every row parsed, with its problems; nothing saved. */
function preview(input: KpiImportInput): ImportAnswer | null {
  if (input.confirm) return null;
  const parsed = parseKpiValues(input.data, { today: today(), unit: input.unit });
  const rows = parsed.rows.map((r) => ({ line: r.line, periodText: r.periodText, valueText: r.valueText, errors: r.errors }));
  const message = parsed.errorCount
    ? `${parsed.errorCount} of ${parsed.rows.length} rows have problems. Nothing will be saved until they are fixed.`
    : `${parsed.valid.length} rows are ready. Check them, then confirm.`;
  return ok({ preview: { data: input.data, reason: input.reason, rows, validCount: parsed.valid.length, errorCount: parsed.errorCount } }, message);
}

/** The pasted text, or the chosen CSV file's when nothing was pasted (a form sent without JavaScript uploads the file). */
async function importValues(form: FormData) {
  const values = formObject(form);
  const file = form.get("file");
  if (!values.data && file instanceof File && file.size > 0) values.data = await file.text();
  return values;
}

/** Step one previews; step two (confirm=1) saves every row in one transaction, or none. */
export async function importKpiValuesAction(_previous: ImportAnswer | null, form: FormData): Promise<ImportAnswer> {
  return submit(
    form,
    kpiImportSchema,
    importKpiValues,
    (saved) => ok({ saved: saved.saved }, `Saved ${saved.saved} values${saved.replaced ? ` (${saved.replaced} replaced earlier values)` : ""}.`),
    { before: preview, values: importValues },
  );
}

const definitionValues = withCheckboxes("areaIds");

export async function createKpiAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, createKpiSchema, createKpi, (created, _input, member) => ({ redirectTo: kpiPath(member.partnership.slug, created.id, { saved: "created" }) }), {
    values: definitionValues,
  });
}

export async function updateKpiAction(_previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(form, updateKpiSchema, updateKpi, (saved) => ok({ version: saved.version }, "KPI saved."), { values: definitionValues });
}

/** Both go to the KPI list, which says what happened: the archived KPI's own pages are gone, and a restored one leaves the archived section. */
export async function setKpiArchivedAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, archiveKpiSchema, setKpiArchived, (changed, input, member) => ({
    redirectTo: kpisPath(member.partnership.slug, { [input.archived ? "archived" : "restored"]: changed.code }),
  }));
}

/** A KPI on the public page (chart, table and sentence), or off it: the programme office's choice. */
export async function setKpiPublicAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, setKpiPublicSchema, setKpiPublic, (changed) =>
    ok(undefined, changed.public ? `KPI ${changed.code} is on the public page from its next update.` : `KPI ${changed.code} is off the public page.`),
  );
}
