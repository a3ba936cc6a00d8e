"use server";

import { redirect } from "next/navigation";
import { refreshPartnership } from "@/lib/dashboard/cache";
import { failure, formObject, invalid, ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { callerOf } from "@/lib/auth/caller";
import { getMember } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/errors";
import { parseKpiValues } from "./import";
import { archiveKpiSchema, createKpiSchema, updateKpiSchema } from "./definition";
import { createKpi, importKpiValues, saveKpiValue, setKpiArchived, updateKpi } from "./mutations";
import { kpiImportSchema, kpiValueSchema } from "./schema";

export async function saveKpiValueAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, kpiValueSchema, async (member, input) => {
    const saved = await saveKpiValue(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, saved.replaced ? "Value corrected." : "Value saved.");
  });
}

export type ImportPreview = {
  rows: { line: number; periodText: string; valueText: string; errors: string[] }[];
  validCount: number;
  errorCount: number;
};

/**
 * Step one previews (parses, saves nothing); step two (confirm=1) saves every
 * row in one transaction, or none.
 */
export async function importKpiValuesAction(
  slug: string,
  _previous: ActionResult<{ preview?: ImportPreview; saved?: number }> | null,
  form: FormData,
): Promise<ActionResult<{ preview?: ImportPreview; saved?: number }>> {
  const values = formObject(form);
  const parsed = kpiImportSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  if (!parsed.data.confirm) {
    const preview = parseKpiValues(parsed.data.data);
    return ok(
      {
        preview: {
          rows: preview.rows.map((r) => ({ line: r.line, periodText: r.periodText, valueText: r.valueText, errors: r.errors })),
          validCount: preview.valid.length,
          errorCount: preview.errorCount,
        },
      },
      preview.errorCount ? `${preview.errorCount} of ${preview.rows.length} rows have problems. Nothing will be saved until they are fixed.` : `${preview.valid.length} rows are ready. Check them, then confirm.`,
    );
  }
  try {
    const saved = await importKpiValues(member.partnershipId, callerOf(member), parsed.data);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ saved: saved.saved }, `Saved ${saved.saved} values${saved.replaced ? ` (${saved.replaced} replaced earlier values)` : ""}.`);
  } catch (error) {
    return failure(error, values);
  }
}

/** The form's values, with the area checkboxes (several of one name) joined. */
function definitionValues(form: FormData) {
  return { ...formObject(form), areaIds: form.getAll("areaIds").filter((v) => typeof v === "string").join(",") || undefined };
}

export async function createKpiAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const values = definitionValues(form);
  const parsed = createKpiSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  let created: Awaited<ReturnType<typeof createKpi>>;
  try {
    created = await createKpi(member.partnershipId, callerOf(member), parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refreshPartnership(member.partnershipId, member.partnership.slug);
  redirect(`/p/${member.partnership.slug}/kpis/${created.id}?saved=created`);
}

export async function updateKpiAction(slug: string, _previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  const values = definitionValues(form);
  const parsed = updateKpiSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  try {
    const saved = await updateKpi(member.partnershipId, callerOf(member), parsed.data);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ version: saved.version }, "KPI saved.");
  } catch (error) {
    return failure(error, values);
  }
}

/** Both go to the KPI list, which says what happened: the archived KPI's own pages are gone, and a restored one leaves the archived section. */
export async function setKpiArchivedAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const values = formObject(form);
  const parsed = archiveKpiSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  let changed: Awaited<ReturnType<typeof setKpiArchived>>;
  try {
    changed = await setKpiArchived(member.partnershipId, callerOf(member), parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refreshPartnership(member.partnershipId, member.partnership.slug);
  redirect(`/p/${member.partnership.slug}/kpis?${parsed.data.archived ? "archived" : "restored"}=${encodeURIComponent(changed.code)}`);
}
