// The plan import's pages: the start page (upload, recent uploads) and one
// upload's page (its steps, or its result once imported). Admins only; null
// (a 404) for anyone else, an unknown upload or another partnership's.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import type { Status } from "@/lib/generated/prisma/enums";
import { mayImportPlan } from "./access";
import type { ImportChoices } from "./choices";
import type { ImportField } from "./compute/mapping";
import { prepareImport, statusOptionsOf, type PreparedImport } from "./compute/prepare";
import type { ImportPreview } from "./compute/preview";
import { getImportContext, getUpload, listRecentUploads } from "./queries";
import { readUpload, UploadRefused } from "./read";
import { importResultSchema, type ImportResult } from "./schema";

export type { ImportResult } from "./schema";

export async function loadImportStart(viewer: MemberContext) {
  if (!mayImportPlan(viewer.scope)) return null;
  return { recent: await listRecentUploads(viewer.partnershipId) };
}

export type ImportUploadView = {
  upload: { id: string; fileName: string; createdAt: Date; importedAt: Date | null };
  /** Set once imported: the page shows the result instead of the steps. */
  result: ImportResult | null;
  sheets: string[];
  sheet: string;
  /** The spreadsheet row number of the header; null → `problem` says so. */
  headerRow: number | null;
  /** One sentence when the sheet cannot be previewed. */
  problem: string | null;
  columns: { index: number; letter: string; header: string; field: ImportField; sample: string }[];
  mappingProblems: string[];
  statusWords: { key: string; text: string; status: Status | null; rows: number }[];
  statusOptions: { value: Status; label: string }[];
  /** Null while there are mapping problems or a problem. */
  preview: ImportPreview | null;
  headings: { number: number; text: string }[];
};

export async function loadImportUpload(viewer: MemberContext, uploadId: string, choices: ImportChoices): Promise<ImportUploadView | null> {
  if (!mayImportPlan(viewer.scope)) return null;
  const [upload, context] = await Promise.all([getUpload(viewer.partnershipId, uploadId), getImportContext(viewer.partnershipId)]);
  if (!upload) return null;
  const { bytes, result, ...shown } = upload;
  const imported = result === null ? null : importResultSchema.safeParse(result);
  if (imported?.success) return { upload: shown, result: imported.data, ...nothingToPreview(context.labels, null) };
  let prepared: Omit<PreparedImport, "headers" | "synonyms">;
  try {
    prepared = prepareImport(await readUpload(upload.fileName, bytes), choices, context);
  } catch (error) {
    if (!(error instanceof UploadRefused)) throw error;
    prepared = nothingToPreview(context.labels, error.message);
  }
  return {
    upload: shown,
    result: null,
    sheets: prepared.sheets,
    sheet: prepared.sheet,
    headerRow: prepared.headerRow,
    problem: prepared.problem,
    columns: prepared.columns,
    mappingProblems: prepared.mappingProblems,
    statusWords: prepared.statusWords,
    statusOptions: prepared.statusOptions,
    preview: prepared.preview,
    headings: prepared.headings,
  };
}

function nothingToPreview(labels: MemberContext["labels"], problem: string | null) {
  return {
    sheets: [],
    sheet: "",
    headerRow: null,
    problem,
    columns: [],
    mappingProblems: [],
    statusWords: [],
    statusOptions: statusOptionsOf(labels),
    preview: null,
    headings: [],
  };
}
