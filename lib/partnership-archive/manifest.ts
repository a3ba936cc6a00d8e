// What the whole-partnership download says about itself: manifest.json (for
// a program reading the archive) and README.txt (for a person), drawn from
// the same facts. Pure: the files' descriptions come in as data.
import { formatUkDate, formatUkDateTime, parseIsoDate } from "@/lib/dates/format";
import type { ArchiveFile } from "./compute";

export const MANIFEST_PATH = "manifest.json";
export const README_PATH = "README.txt";

export type ArchiveFacts = {
  partnership: { name: string; slug: string };
  madeAt: Date;
  madeBy: { name: string; email: string; role: string };
  appVersion: string;
  /** The day the tables were drawn for. */
  asAt: Date;
  /** Every file before the manifest and the README, in the archive's order. */
  files: ArchiveFile[];
  /** Anything the archive leaves out, and why. */
  notes: string[];
};

/** The manifest's own two entries, so that it lists every file of the archive. */
function selfDescribed(facts: ArchiveFacts): ArchiveFile[] {
  const asOf = facts.files.length ? facts.files[0]!.asOf : "";
  return [
    { path: MANIFEST_PATH, holds: "This list of the archive's files, for a program to read.", asOf },
    { path: README_PATH, holds: "What the archive holds, for a person to read.", asOf },
  ];
}

export function archiveManifest(facts: ArchiveFacts) {
  return {
    format: "stocktake-partnership-archive",
    formatVersion: 1,
    partnership: facts.partnership,
    madeAt: facts.madeAt.toISOString(),
    madeBy: facts.madeBy,
    app: { name: "Stocktake", version: facts.appVersion },
    asAt: facts.asAt.toISOString().slice(0, 10),
    notes: facts.notes,
    files: [...facts.files, ...selfDescribed(facts)],
  };
}

export type ArchiveManifest = ReturnType<typeof archiveManifest>;

function measure(file: ArchiveFile): string {
  if (file.sheets) return `${file.sheets.length} ${file.sheets.length === 1 ? "sheet" : "sheets"}: ${file.sheets.map((s) => `${s.name} (${s.rows} rows)`).join(", ")}`;
  if (file.rows !== undefined) return `${file.rows} ${file.rows === 1 ? "row" : "rows"}`;
  if (file.pages !== undefined) return file.pages === null ? "pages not counted" : `${file.pages} ${file.pages === 1 ? "page" : "pages"}`;
  return "";
}

/** README.txt: who made the archive and when, then every file with what it holds, CRLF line ends for Notepad. */
export function archiveReadme(facts: ArchiveFacts): string {
  const lines = [
    `${facts.partnership.name}: everything in Stocktake`,
    "",
    `Made ${formatUkDateTime(facts.madeAt)} UTC by ${facts.madeBy.name} (${facts.madeBy.email}, ${facts.madeBy.role}), with Stocktake ${facts.appVersion}.`,
    `The tables are as at ${formatUkDate(facts.asAt)}; each document is as it was submitted or published.`,
    "",
    "csv/            one CSV file per register and table (UTF-8, opens in Excel)",
    "stocktake.xlsx  the same tables as one Excel workbook, a sheet each",
    "pdf/            every submitted highlight report, published board pack and published stocktake, as its PDF",
    "manifest.json   this list, for a program to read",
    "",
    ...facts.notes.flatMap((note) => [note, ""]),
    "Files",
    "",
    ...[...facts.files, ...selfDescribed(facts)].flatMap((file) => {
      const facts = [measure(file), file.asOf ? `as of ${formatUkDate(parseIsoDate(file.asOf))}` : ""].filter(Boolean).join(", ");
      return [file.path, `  ${file.holds}${facts ? ` ${facts[0]!.toUpperCase()}${facts.slice(1)}.` : ""}`];
    }),
    "",
  ];
  return lines.join("\r\n");
}
