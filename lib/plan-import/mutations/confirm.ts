import "server-only";
// The import, confirmed: the preview computed again from the stored file
// (never the form's), then every row in ONE transaction through the plan's own
// cores, each writing its own audit row; any failure rolls back every row and
// says which row failed. Then the partnership remembers the mapping and the
// status words, the upload records what it made, and one summary row is
// written. An upload imports once.
import { mutation } from "@/lib/audit/mutation";
import type { Caller, OperatorCaller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { formatUkDateTime } from "@/lib/dates/format";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayImportPlan, ONLY_PROGRAMME_OFFICE, planCaller } from "../access";
import type { ImportChoices } from "../choices";
import { prepareImport, rememberedKey, type PreparedImport, type Remembered } from "../compute/prepare";
import type { ImportPreview } from "../compute/preview";
import { getImportContext, getUpload } from "../queries";
import { readUpload, UploadRefused } from "../read";
import type { ConfirmImportInput, ImportResult } from "../schema";
import { writeRows } from "../write-rows";

/** How many refusals the message lists before "and N more". */
const SHOWN_ERRORS = 3;
/** How many header sets a partnership remembers (the latest). */
const REMEMBERED_MAPPINGS = 20;
/** A 2,000-row plan imports in seconds (npm run bench); the transaction may run well past Prisma's 5 s default on a busy server. */
const IMPORT_TIMEOUT_MS = 120_000;

export const confirmImport = mutation(
  async (tx, partnershipId, caller: Caller | OperatorCaller, input: ConfirmImportInput) => {
    if (!("operator" in caller) && !mayImportPlan(caller.scope)) throw new ForbiddenError(ONLY_PROGRAMME_OFFICE);
    const file = await fileToImport(tx, partnershipId, input.source);
    const context = await getImportContext(partnershipId, tx);
    const prepared = prepareImport(await readOrRefuse(file.fileName, file.bytes), input.choices, context);
    const preview = importable(prepared);
    const made = await writeRows(tx, partnershipId, planCaller(caller), file.fileName, preview, context.existing);
    await remember(tx, partnershipId, context.remembered, prepared, input.choices);
    const result: ImportResult = {
      fileName: file.fileName,
      areas: made.areas,
      outcomes: made.outcomes,
      actions: { new: preview.counts.new, updated: preview.counts.updated, unchanged: preview.counts.unchanged },
      milestones: made.milestones,
      toInvite: preview.toInvite,
    };
    if (file.uploadId) await tx.planImportUpload.updateMany({ where: { id: file.uploadId, partnershipId }, data: { result: result as unknown as Prisma.InputJsonValue } });
    const { toInvite: _toInvite, ...summary } = result;
    return {
      result,
      audit: { kind: "PlanImportUpload", verb: "import", entityId: file.uploadId ?? partnershipId, after: { ...summary, commandLine: file.uploadId === null } },
    };
  },
  { timeout: IMPORT_TIMEOUT_MS },
);

/** The stored upload, claimed for this import (a second confirm waits for the first, then is refused); or the command line's file. */
async function fileToImport(tx: Tx, partnershipId: string, source: ConfirmImportInput["source"]) {
  if (!("uploadId" in source)) return { uploadId: null, fileName: source.fileName, bytes: source.bytes };
  const upload = await getUpload(partnershipId, source.uploadId, tx);
  if (!upload) throw new NotFoundError("That upload no longer exists, or you do not have access to it.");
  if (upload.importedAt) throw new ValidationError(`This file was imported on ${formatUkDateTime(upload.importedAt)}: upload it again to import it again.`);
  const claimed = await tx.planImportUpload.updateMany({ where: { id: upload.id, partnershipId, importedAt: null }, data: { importedAt: now() } });
  if (claimed.count === 0) throw new ConflictError("This file has just been imported by someone else: open the plan to see what it made.");
  return { uploadId: upload.id, fileName: upload.fileName, bytes: new Uint8Array(upload.bytes) };
}

async function readOrRefuse(fileName: string, bytes: Uint8Array) {
  try {
    return await readUpload(fileName, bytes);
  } catch (error) {
    if (error instanceof UploadRefused) throw new ValidationError(error.message);
    throw error;
  }
}

/** The preview, when it may be imported: no problem with the sheet or the mapping, and no row with an error. */
function importable(prepared: PreparedImport): ImportPreview {
  if (prepared.problem) throw new ValidationError(prepared.problem);
  if (prepared.mappingProblems.length || !prepared.preview) throw new ValidationError(prepared.mappingProblems.join(" "));
  const errors = prepared.preview.rows.flatMap((row) => row.problems.filter((p) => p.level === "error").map((p) => `row ${row.rows[0]}: ${p.message}`));
  if (errors.length) {
    const more = errors.length > SHOWN_ERRORS ? `; and ${errors.length - SHOWN_ERRORS} more` : "";
    throw new ValidationError(
      `Nothing was imported: the file has ${errors.length === 1 ? "an error" : `${errors.length} errors`} to fix first (${errors.slice(0, SHOWN_ERRORS).join("; ")}${more}).`,
    );
  }
  return prepared.preview;
}

/** The mapping by these headers, and the status words the admin chose for this file's words, merged into what earlier imports left. */
async function remember(tx: Tx, partnershipId: string, remembered: Remembered, prepared: PreparedImport, choices: ImportChoices) {
  const key = rememberedKey(prepared.headers);
  const { [key]: _previous, ...others } = remembered.mapping;
  const mapping = Object.fromEntries([...Object.entries(others).slice(-(REMEMBERED_MAPPINGS - 1)), [key, prepared.columns.map((c) => c.field)]]);
  const inFile = new Set(prepared.statusWords.map((w) => w.key));
  const words = { ...remembered.words, ...Object.fromEntries(Object.entries(choices.words).filter(([word]) => inFile.has(word))) };
  await tx.partnership.updateMany({ where: { id: partnershipId }, data: { importMapping: mapping, importStatusWords: words } });
}
