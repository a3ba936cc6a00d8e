// The whole-partnership download's pure rules: where each published document
// goes in the ZIP (readable names, never two alike), what it holds in words,
// and how many pages a printed PDF has. No I/O.
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { periodKey, periodLabel } from "@/lib/reports/period";

/** One file of the archive as the manifest describes it. */
export type ArchiveFile = {
  path: string;
  /** What it holds, in a sentence. */
  holds: string;
  /** The day it speaks for (ISO): the day the download was made for a table, the day it was submitted or published for a document. */
  asOf: string;
  rows?: number;
  pages?: number | null;
  sheets?: { name: string; rows: number }[];
};

/** A published document the archive prints, before it is printed. */
export type PlannedDocument = {
  kind: "highlight-report" | "board-pack" | "stocktake";
  id: string;
  /** A highlight report's version. */
  number?: number;
  path: string;
  holds: string;
  asOf: string;
};

/** Plain data of the published documents (lib/partnership-archive/queries.ts#listArchiveDocuments). */
export type DocumentRows = {
  submissions: { reportId: string; number: number; submittedAt: Date; report: { period: Date; priorityArea: { code: string } } }[];
  boardPacks: { id: string; publishedAt: Date | null; meeting: { date: Date; board: { name: string } } }[];
  stocktakes: { id: string; title: string; periodEnd: Date; publishedAt: Date | null }[];
};

/** A readable, safe part of a file name: "SEND Improvement Board" → "send-improvement-board". */
export function namePart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "") || "untitled"
  );
}

/** The same paths, where a path already taken gets "-2", "-3"… before its extension. */
export function uniquePaths(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const dot = path.lastIndexOf(".");
    const [stem, ext] = dot > path.lastIndexOf("/") ? [path.slice(0, dot), path.slice(dot)] : [path, ""];
    let candidate = path;
    for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
    taken.add(candidate);
    return candidate;
  });
}

/**
 * Every submitted version of every highlight report, every published board
 * pack and stocktake, with its place in the archive: the latest version of a
 * report is "pdf/highlight-reports/2025-03-PIA1.pdf", an earlier one
 * "…-PIA1-v1.pdf"; "pdf/board-packs/2025-04-23-<board>.pdf";
 * "pdf/stocktakes/2025-09.pdf" (the month the stocktake's period ends).
 */
export function planDocuments(rows: DocumentRows): PlannedDocument[] {
  const latest = new Map<string, number>();
  for (const s of rows.submissions) latest.set(s.reportId, Math.max(latest.get(s.reportId) ?? 0, s.number));
  const documents: PlannedDocument[] = [
    ...rows.submissions.map((s) => {
      const isLatest = latest.get(s.reportId) === s.number;
      const area = s.report.priorityArea.code;
      return {
        kind: "highlight-report" as const,
        id: s.reportId,
        number: s.number,
        path: `pdf/highlight-reports/${periodKey(s.report.period)}-${namePart(area).toUpperCase()}${isLatest ? "" : `-v${s.number}`}.pdf`,
        holds: `${area} highlight report for ${periodLabel(s.report.period)}, version ${s.number}${isLatest ? (s.number > 1 ? " (the latest)" : "") : " (later resubmitted)"}, submitted ${formatUkDate(s.submittedAt)}`,
        asOf: toIsoDate(s.submittedAt),
      };
    }),
    ...rows.boardPacks.map((p) => ({
      kind: "board-pack" as const,
      id: p.id,
      path: `pdf/board-packs/${toIsoDate(p.meeting.date)}-${namePart(p.meeting.board.name)}.pdf`,
      holds: `Board pack for the ${p.meeting.board.name} meeting of ${formatUkDate(p.meeting.date)}${p.publishedAt ? `, published ${formatUkDate(p.publishedAt)}` : ""}`,
      asOf: toIsoDate(p.publishedAt ?? p.meeting.date),
    })),
    ...rows.stocktakes.map((s) => ({
      kind: "stocktake" as const,
      id: s.id,
      path: `pdf/stocktakes/${toIsoDate(s.periodEnd).slice(0, 7)}.pdf`,
      holds: `${s.title}: the stocktake pack${s.publishedAt ? `, published ${formatUkDate(s.publishedAt)}` : ""}`,
      asOf: toIsoDate(s.publishedAt ?? s.periodEnd),
    })),
  ];
  const paths = uniquePaths(documents.map((d) => d.path));
  return documents.map((d, i) => ({ ...d, path: paths[i]! }));
}

/**
 * A PDF's page count, read from its page tree: the largest /Count of a
 * /Pages node (the root's); null when the file has none that can be read
 * (a page tree inside a compressed object stream).
 */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  let most: number | null = null;
  for (const match of text.matchAll(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!>>)[\s\S])*?>>/g)) {
    const count = /\/Count\s+(\d+)/.exec(match[0]);
    if (count) most = Math.max(most ?? 0, Number(count[1]));
  }
  return most;
}
