import "server-only";
// The whole partnership as one ZIP, for the programme office: a CSV per
// register and table, the same tables as one workbook, every published
// document's PDF, and a manifest and README saying what each file holds.
// A read: nothing is written, not even an audit row. Streamed (./zip.ts):
// each file is drawn when the reader has taken the one before.
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import { addRegisterSheet, newWorkbook, sheetName, toCsv } from "@/lib/exports/register";
import packageJson from "@/package.json";
import { mayDownloadArchive } from "./access";
import { planDocuments, type ArchiveFile } from "./compute";
import { printedEntries, type Printer } from "./documents";
import { archiveManifest, archiveReadme, MANIFEST_PATH, README_PATH, type ArchiveFacts } from "./manifest";
import { listArchiveDocuments } from "./queries";
import { archiveTables, drawTable } from "./tables";
import { streamZip, type ZipEntry } from "./zip";

export const WORKBOOK_PATH = "stocktake.xlsx";

export type PartnershipArchive = { filename: string; body: ReadableStream<Uint8Array> };

/**
 * The archive for this member, or null (a 404) for anyone but the programme
 * office. `print` prints each published document; without one (no Chromium
 * on the server) the PDFs are left out and the manifest and README say so.
 */
export async function getPartnershipArchive(member: MemberContext, today: Date, madeAt: Date, print: Printer | null): Promise<PartnershipArchive | null> {
  if (!mayDownloadArchive(member.scope)) return null;
  const partnershipId = member.partnershipId;
  const documents = planDocuments(await listArchiveDocuments(partnershipId));
  const asOf = toIsoDate(today);
  const files: ArchiveFile[] = [];
  const sheets: { name: string; rows: number }[] = [];
  let workbook: ReturnType<typeof newWorkbook> | null = newWorkbook(madeAt);

  const tableEntries: ZipEntry[] = archiveTables().map((table) => {
    const path = `csv/${table.file}.csv`;
    return {
      path,
      make: async () => {
        const register = await drawTable(table, member, today);
        if (!register) throw new Error(`${path}: the table refused the programme office`);
        addRegisterSheet(workbook!, register, table.sheet);
        sheets.push({ name: sheetName(table.sheet), rows: register.rows.length });
        files.push({ path, holds: `${table.holds}.`, asOf, rows: register.rows.length });
        return toCsv(register);
      },
    };
  });
  const workbookEntry: ZipEntry = {
    path: WORKBOOK_PATH,
    make: async () => {
      const buffer = await workbook!.xlsx.writeBuffer();
      workbook = null;
      files.push({ path: WORKBOOK_PATH, holds: "The same tables as one Excel workbook, a sheet each.", asOf, sheets: [...sheets] });
      return new Uint8Array(buffer);
    },
  };
  const documentEntries = print ? printedEntries(partnershipId, documents, print, (file) => files.push(file)) : [];
  const notes =
    print || documents.length === 0
      ? []
      : [
          `The ${documents.length} published documents (highlight reports, board packs, stocktakes) are not in this archive as PDFs: the server has no Chromium to print them with. Each can be read in Stocktake, and its page printed from the browser.`,
        ];
  const facts = (): ArchiveFacts => ({
    partnership: { name: member.partnership.name, slug: member.partnership.slug },
    madeAt,
    madeBy: { name: member.user.name, email: member.user.email, role: ROLE_LABELS[member.role] },
    appVersion: packageJson.version,
    asAt: today,
    files,
    notes,
  });
  const entries: ZipEntry[] = [
    ...tableEntries,
    workbookEntry,
    ...documentEntries,
    { path: MANIFEST_PATH, make: async () => `${JSON.stringify(archiveManifest(facts()), null, 2)}\n` },
    { path: README_PATH, make: async () => archiveReadme(facts()) },
  ];
  return { filename: `${member.partnership.slug}-stocktake-${asOf}.zip`, body: streamZip(entries, madeAt) };
}
