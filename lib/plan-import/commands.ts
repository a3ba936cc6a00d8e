// `npm run admin -- plan import --partnership <slug> <file> [--sheet <name>] [--dry-run]`:
// the same preview as the upload's page (the mapping remembered for these
// headers, else suggested; the partnership's status words), printed as a
// counts line and every problem by row; errors exit 2 with nothing imported.
// Without --dry-run it imports as the page's confirm does, in one transaction,
// the audit naming the command line.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { commandLineCaller } from "@/lib/auth/caller";
import { CommandError, parseCommandArgs, type Command } from "@/lib/cli/registry";
import { partnershipNamed } from "@/lib/operators/commands";
import { IMPORT_FIELD_LABELS } from "./compute/mapping";
import { countsWords, plural } from "./compute/preview-parts";
import { prepareImport, type PreparedImport } from "./compute/prepare";
import { confirmImport } from "./mutations/confirm";
import { getImportContext } from "./queries";
import { readUpload, UploadRefused } from "./read";

/** The preview as lines: the sheet, the columns' fields, the counts, then every problem by row ("row 12: error: …"). */
export function previewLines(prepared: PreparedImport): string[] {
  const lines: string[] = [];
  if (prepared.sheets.length > 1) lines.push(`Sheet: ${prepared.sheet} (of ${prepared.sheets.join(", ")})`);
  if (prepared.headerRow) lines.push(`Header: row ${prepared.headerRow}`);
  for (const column of prepared.columns) lines.push(`  ${column.letter} ${column.header || "(no header)"} → ${IMPORT_FIELD_LABELS[column.field]}`);
  const preview = prepared.preview;
  if (!preview) return lines;
  lines.push(countsWords(preview.counts));
  for (const row of preview.rows) for (const problem of row.problems) lines.push(`row ${row.rows[0]}: ${problem.level}: ${problem.message}`);
  if (preview.toInvite.length) lines.push(`Leads to invite (kept as text until they are members): ${preview.toInvite.join("; ")}`);
  return lines;
}

const planImport: Command = {
  name: "plan import",
  usage: "--partnership <slug> <file> [--sheet <name>] [--dry-run]",
  summary: "preview a plan spreadsheet (CSV or .xlsx) for a partnership and, without --dry-run, import it in one transaction",
  async run(args, io) {
    const options = { partnership: { type: "string" }, sheet: { type: "string" }, "dry-run": { type: "boolean" } } as const;
    const { values, positionals } = parseCommandArgs(args, options, 1);
    if (!values.partnership) throw new CommandError("Name the partnership with --partnership <slug>, such as --partnership derby-city.");
    const partnership = await partnershipNamed(values.partnership);
    const file = positionals[0];
    if (!file) throw new CommandError("Give the spreadsheet to import: a CSV or .xlsx file.");
    const bytes = await readFile(file).catch(() => {
      throw new CommandError(`Cannot read ${file}: check the path.`);
    });
    const fileName = path.basename(file);
    const workbook = await readUpload(fileName, new Uint8Array(bytes)).catch((error: unknown) => {
      throw error instanceof UploadRefused ? new CommandError(error.message) : error;
    });
    if (values.sheet !== undefined && !workbook.sheets.some((s) => s.name === values.sheet)) {
      throw new CommandError(`The workbook has no sheet "${values.sheet}": its sheets are ${workbook.sheets.map((s) => `"${s.name}"`).join(", ")}.`);
    }
    const choices = { sheet: values.sheet ?? null, fields: null, words: {} };
    const prepared = prepareImport(workbook, choices, await getImportContext(partnership.id));
    for (const line of previewLines(prepared)) io.out(line);
    if (prepared.problem) throw new CommandError(prepared.problem);
    if (prepared.mappingProblems.length)
      throw new CommandError(`${prepared.mappingProblems.join(" ")} Name the columns in the file's header row, or import it from the plan's import page.`);
    const errors = prepared.preview?.counts.errors ?? 0;
    if (errors) throw new CommandError(`${plural(errors, "error")} to fix in the file: nothing was imported.`);
    if (values["dry-run"]) return io.out("Dry run: nothing was imported.");
    const result = await confirmImport(partnership.id, commandLineCaller(io.account), { source: { fileName, bytes: new Uint8Array(bytes) }, choices });
    io.out(
      `Imported ${result.fileName} into ${partnership.name}: ${plural(result.areas, "new priority area")}, ${plural(result.outcomes, "new outcome")}, ` +
        `${plural(result.actions.new, "new action")} (${result.actions.updated} updated, ${result.actions.unchanged} unchanged), ${plural(result.milestones, "new milestone")}.`,
    );
  },
};

export const planImportCommands: Command[] = [planImport];
