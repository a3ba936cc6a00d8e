// The whole partnership as one ZIP (lib/partnership-archive), unzipped as a
// person's archive tool would: every register and table as CSV with the
// register's rows, the workbook with a sheet each, a PDF for every published
// document, and a manifest listing every file. Printing needs the app's print
// views on a running server, so here a stand-in printer writes a one-page PDF
// naming the job it was given (e2e/partnership-archive.spec.ts downloads real
// ones). Also: nothing of another partnership in it, nothing written, and a
// 404 for everyone but the programme office, and for another partnership's.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/p/[slug]/export/partnership.zip/route";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import type { SessionUser } from "@/lib/auth/session";
import { now, today } from "@/lib/clock";
import { REGISTERS } from "@/lib/exports/registers";
import type { PrintJob } from "@/lib/pdf/print";
import { archiveTables, drawTable } from "@/lib/partnership-archive/tables";
import { getPartnershipArchive } from "@/lib/partnership-archive/view";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./support/db";
import { unzip } from "./support/unzip";

/** A published stocktake with its frozen pack, which its PDF prints from (a registry case marks one published without it). */
const PRINTABLE_STOCKTAKE = { state: "PUBLISHED", NOT: { snapshot: { equals: Prisma.DbNull } } } satisfies Prisma.StocktakeWhereInput;

// The session is the one thing faked: the test plays a signed-in user without a browser.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

async function userOf(email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, sessionVersion: true } });
  return { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

async function memberOf(email: string, slug: string): Promise<MemberContext> {
  const user = await userOf(email);
  const row = await getMembershipBySlug(user.userId, slug);
  if (!row) throw new Error(`${email} is not a member of ${slug}`);
  return memberContext(user, row);
}

/** A stand-in for Chromium: a one-page PDF that names the job (its running header and print view). */
function standInPrinter() {
  const jobs: PrintJob[] = [];
  const print = async (job: PrintJob) => {
    jobs.push(job);
    return new Uint8Array(
      Buffer.from(
        `%PDF-1.4\n1 0 obj\n<</Type /Pages /Count 1 /Kids []>>\nendobj\n% ${job.header.partnership} | ${job.header.subject} | ${job.header.date} | ${job.path}\n%%EOF\n`,
        "latin1",
      ),
    );
  };
  return { jobs, print };
}

/** A CSV's table rows, after its title, date, filters and header. */
function csvRows(bytes: Buffer): string[][] {
  const rows = Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return rows.slice(4);
}

async function archiveOf(member: MemberContext) {
  const printer = standInPrinter();
  const archive = await getPartnershipArchive(member, today(), now(), printer.print);
  if (!archive) throw new Error("no archive");
  return { archive, printer };
}

/** Every text of the archive: the CSVs, manifest and README as they are, the workbook's cells, the PDFs' bytes. */
async function everyText(entries: Map<string, Buffer>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const [path, bytes] of entries) {
    if (path.endsWith(".xlsx")) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
      texts.set(path, cells.join("\n"));
    } else {
      texts.set(path, bytes.toString(path.endsWith(".pdf") ? "latin1" : "utf8"));
    }
  }
  return texts;
}

let derbyshireAdmin: MemberContext;
let entries: Map<string, Buffer>;
let printed: PrintJob[];
let auditRowsBefore: number;

beforeAll(async () => {
  derbyshireAdmin = await memberOf("admin@derbyshire.demo", "derbyshire");
  auditRowsBefore = await db.auditEvent.count();
  const { archive, printer } = await archiveOf(derbyshireAdmin);
  printed = printer.jobs;
  // Handed back as a stream before any document is printed: unread, it holds no more than its buffer (the first tables).
  expect(archive.body).toBeInstanceOf(ReadableStream);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(printed).toHaveLength(0);
  entries = await unzip(Buffer.from(await new Response(archive.body).arrayBuffer()));
}, 120_000);

describe("Derbyshire's archive, for its programme office", () => {
  it("holds every register as CSV, with the register's own rows drawn with no filter", async () => {
    for (const register of Object.keys(REGISTERS)) {
      const path = `csv/${register}.csv`;
      expect(entries.has(path), path).toBe(true);
      const table = archiveTables().find((t) => t.file === register)!;
      const drawn = await drawTable(table, derbyshireAdmin, today());
      expect(drawn!.rows.length, path).toBeGreaterThan(0);
      expect(csvRows(entries.get(path)!), path).toHaveLength(drawn!.rows.length);
    }
    // The risk register whole: closed risks too, not the page's open ones only.
    expect(csvRows(entries.get("csv/risks.csv")!)).toHaveLength(await db.risk.count({ where: { partnership: { slug: "derbyshire" } } }));
  });

  it("holds the tables no register has: every milestone one to a row, every KPI's definition, every member", async () => {
    const where = { partnership: { slug: "derbyshire" } };
    const milestones = await db.milestone.count({
      where: { ...where, archivedAt: null, action: { archivedAt: null, outcome: { archivedAt: null, priorityArea: { archivedAt: null } } } },
    });
    expect(csvRows(entries.get("csv/milestones.csv")!)).toHaveLength(milestones);
    expect(csvRows(entries.get("csv/kpis.csv")!)).toHaveLength(await db.kpi.count({ where }));
    const members = csvRows(entries.get("csv/members.csv")!);
    expect(members).toHaveLength(await db.membership.count({ where }));
    expect(members.map((row) => row[2])).toContain("admin@derbyshire.demo");
  });

  it("holds one workbook with a sheet for each table, each with the CSV's rows", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(entries.get("stocktake.xlsx")! as unknown as ExcelJS.Buffer);
    const tables = archiveTables();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.sheet));
    for (const [i, table] of tables.entries()) {
      const sheet = workbook.worksheets[i]!;
      // Title, date, filters, a blank line, the header: the rows start on the sixth.
      expect(sheet.rowCount - 5, table.file).toBe(csvRows(entries.get(`csv/${table.file}.csv`)!).length);
    }
  });

  it("holds a PDF for every submitted highlight report version, published board pack and published stocktake, printed from its own print view", async () => {
    const where = { partnershipId: derbyshireAdmin.partnershipId };
    const [reports, packs, stocktakes] = await Promise.all([
      db.highlightReportSubmission.count({ where }),
      db.boardPack.count({ where: { ...where, state: "PUBLISHED" } }),
      db.stocktake.count({ where: { ...where, ...PRINTABLE_STOCKTAKE } }),
    ]);
    const pdfs = [...entries.keys()].filter((path) => path.startsWith("pdf/"));
    expect(reports * packs * stocktakes).toBeGreaterThan(0);
    expect(pdfs.filter((p) => p.startsWith("pdf/highlight-reports/"))).toHaveLength(reports);
    expect(pdfs.filter((p) => p.startsWith("pdf/board-packs/"))).toHaveLength(packs);
    expect(pdfs.filter((p) => p.startsWith("pdf/stocktakes/"))).toHaveLength(stocktakes);
    expect(
      pdfs.every((p) => /^pdf\/(highlight-reports\/\d{4}-\d{2}-[A-Z0-9-]+(-v\d+)?|board-packs\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+|stocktakes\/\d{4}-\d{2}(-\d+)?)\.pdf$/.test(p)),
      pdfs.join(),
    ).toBe(true);
    expect(printed).toHaveLength(pdfs.length);
    expect(new Set(printed.map((job) => job.path)).size).toBe(pdfs.length);
    expect(printed.every((job) => job.path.startsWith("/print-render/") && job.header.partnership === "Derbyshire Local Area SEND Partnership")).toBe(true);
  });

  it("lists every file in the manifest, with what it holds, its rows or pages and its day, and says who made it and when", () => {
    const manifest = JSON.parse(entries.get("manifest.json")!.toString("utf8"));
    expect(manifest.partnership).toEqual({ name: "Derbyshire Local Area SEND Partnership", slug: "derbyshire" });
    expect(manifest.madeBy).toMatchObject({ email: "admin@derbyshire.demo", role: "Programme office (admin)" });
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/);
    const files = manifest.files as { path: string; holds: string; asOf: string; rows?: number; pages?: number; sheets?: unknown[] }[];
    expect(files.map((f) => f.path).sort()).toEqual([...entries.keys()].sort());
    for (const file of files) {
      expect(file.holds.length, file.path).toBeGreaterThan(10);
      expect(file.asOf, file.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (file.path.endsWith(".csv")) expect(file.rows, file.path).toBe(csvRows(entries.get(file.path)!).length);
      if (file.path.endsWith(".pdf")) expect(file.pages, file.path).toBe(1);
    }
    expect(files.find((f) => f.path === "stocktake.xlsx")!.sheets).toHaveLength(archiveTables().length);
    const readme = entries.get("README.txt")!.toString("utf8");
    expect(readme).toContain("Derbyshire Local Area SEND Partnership: everything in Stocktake");
    for (const file of files) expect(readme, file.path).toContain(`\r\n${file.path}\r\n`);
  });

  it("fails as a whole when a document cannot be printed: the stream errors rather than ending as a ZIP that looks complete", async () => {
    const archive = await getPartnershipArchive(derbyshireAdmin, today(), now(), async () => {
      throw new Error("Chromium went away");
    });
    await expect(new Response(archive!.body).arrayBuffer()).rejects.toThrow();
  });

  it("writes nothing: a download is a read", async () => {
    expect(await db.auditEvent.count()).toBe(auditRowsBefore);
  });
});

describe("another partnership's archive", () => {
  it("holds nothing of Derbyshire: not its name, address, people's emails, ids or action titles", async () => {
    const derbyCity = await memberOf("admin@derby-city.demo", "derby-city");
    const { archive, printer } = await archiveOf(derbyCity);
    const theirs = await unzip(Buffer.from(await new Response(archive.body).arrayBuffer()));
    expect(theirs.has("manifest.json")).toBe(true);
    // Its own published documents only (the demo's Derby City has published none yet).
    const where = { partnershipId: derbyCity.partnershipId };
    const published =
      (await db.highlightReportSubmission.count({ where })) +
      (await db.boardPack.count({ where: { ...where, state: "PUBLISHED" } })) +
      (await db.stocktake.count({ where: { ...where, ...PRINTABLE_STOCKTAKE } }));
    expect([...theirs.keys()].filter((p) => p.startsWith("pdf/"))).toHaveLength(published);
    expect(printer.jobs.every((job) => job.path.includes(derbyCity.partnershipId))).toBe(true);
    const derbyshire = await db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" }, select: { id: true, name: true } });
    const titles = (await db.action.findMany({ where: { partnershipId: derbyshire.id }, select: { title: true } })).map((a) => a.title).filter((t) => t.length > 25);
    expect(titles.length).toBeGreaterThan(10);
    const words = [derbyshire.name, derbyshire.id, "/p/derbyshire", "@derbyshire.demo", ...titles];
    for (const [path, text] of await everyText(theirs)) {
      for (const word of words) expect(text.includes(word), `${path} holds "${word}"`).toBe(false);
    }
  });
});

describe("who may download it", () => {
  const ask = async (email: string, slug: string) => {
    signedIn.user = await userOf(email);
    return GET(new Request(`http://localhost/p/${slug}/export/partnership.zip`), { params: Promise.resolve({ slug }) });
  };

  it.each(["lead@derbyshire.demo", "viewer@derbyshire.demo", "advisor@dfe.demo", "board@derbyshire.demo", "contributor@derbyshire.demo"])("%s: 404", async (email) => {
    const response = await ask(email, "derbyshire");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Derbyshire");
  });

  it("another partnership's programme office: 404, nothing of it in the answer", async () => {
    const response = await ask("admin@derbyshire.demo", "derby-city");
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });

  it("its own programme office: a ZIP that starts streaming at once, as an attachment", async () => {
    const response = await ask("admin@derbyshire.demo", "derbyshire");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="derbyshire-stocktake-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(response.body).toBeInstanceOf(ReadableStream);
    // The first bytes are a ZIP entry's header; the reader stops there, and so does the making.
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(Buffer.from(value!).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    await reader.cancel();
  });
});
