// A register's download answers exactly when the page that offers it does
// (#22 finding 6: the change requests downloaded for viewers and advisors
// while their page was a 404). Each register is paired with the page that
// links to it (found in app/, not listed here), and both are asked through
// their real entry points — the page's component and the download's route
// handler — by every role of two partnerships (one sharing its live
// dashboard with advisors, one not), in their own partnership and in the other.
// A page that renders without the download's links (the plan's "not shared
// with advisors" page) must not download either.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { GET } from "@/app/api/p/[slug]/exports/[register]/route";
import { ExportLinks } from "@/components/ui/export-links";
import { REGISTERS } from "@/lib/exports/registers";
import { db } from "./support/db";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";

// The session is the one thing faked: the test plays a signed-in user without a browser.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? pageFiles(file) : entry.name === "page.tsx" ? [file] : [];
  });
}

/** Which page offers each register's download: the pages that draw its ExportLinks. */
function pagesOffering(): Map<string, string[]> {
  const offering = new Map<string, string[]>();
  for (const file of pageFiles(path.join(process.cwd(), "app"))) {
    for (const [, register] of readFileSync(file, "utf8").matchAll(/<ExportLinks\b[^>]*\bregister="([^"]+)"/g)) {
      offering.set(register!, [...(offering.get(register!) ?? []), path.relative(process.cwd(), file)]);
    }
  }
  return offering;
}

async function asUser(own: OwnPartnership, role: (typeof OWN_ROLES)[number]) {
  const user = await db.user.findUniqueOrThrow({ where: { id: own.userIds[role] }, select: { id: true, name: true, email: true, sessionVersion: true } });
  signedIn.user = { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/** Whether the page's element tree offers the register's download (its ExportLinks, in its children or passed as a prop). */
function offersDownload(node: unknown, register: string, depth = 0): boolean {
  if (depth > 40 || node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((child) => offersDownload(child, register, depth + 1));
  const element = node as { type?: unknown; props?: Record<string, unknown> };
  if (!element.props) return false;
  if (element.type === ExportLinks && element.props.register === register) return true;
  return Object.values(element.props).some((value) => offersDownload(value, register, depth + 1));
}

/**
 * "offered" when the page renders with the register's download links, "shown"
 * when it renders without them (an advisor's "not shared" plan page), "404"
 * when it answers not found; anything else fails the test.
 */
async function pageAnswer(file: string, slug: string, register: string): Promise<"offered" | "shown" | "404"> {
  const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as { default: Page };
  try {
    const element = await mod.default({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });
    return offersDownload(element, register) ? "offered" : "shown";
  } catch (error) {
    if ((error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

async function exportAnswer(register: string, slug: string, format: string) {
  const response = await GET(new Request(`http://localhost/api/p/${slug}/exports/${register}?format=${format}`), { params: Promise.resolve({ slug, register }) });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()).toString("latin1") };
}

let partnerships: OwnPartnership[];

beforeAll(async () => {
  partnerships = [await ownPartnership("exports-shared", { advisorDashboardAccess: true }), await ownPartnership("exports-closed")];
});

describe("a register downloads exactly for those who may open its page", () => {
  it("pairs every register with the one page that offers it, and every offered download is a register", () => {
    const offering = pagesOffering();
    expect([...offering.keys()].sort()).toEqual(Object.keys(REGISTERS).sort());
    for (const [register, files] of offering) {
      expect(files, register).toHaveLength(1);
      // The page is asked with its partnership only: a page with more to its route would need rows of its own here.
      expect(files[0]!.match(/\[[^\]]+\]/g), files[0]).toEqual(["[slug]"]);
    }
  });

  it.each(Object.keys(REGISTERS))("%s: for every role, in the member's partnership and in another, the download answers iff the page does", async (register) => {
    const [file] = pagesOffering().get(register)!;
    const answers: string[] = [];
    for (const own of partnerships) {
      for (const role of OWN_ROLES) {
        await asUser(own, role);
        for (const target of partnerships) {
          const page = await pageAnswer(file!, target.slug, register);
          const who = `${role}@${own.slug} asking ${target.slug}: page ${page}`;
          for (const format of ["csv", "xlsx"]) {
            const download = await exportAnswer(register, target.slug, format);
            expect(download.status, `${who}, ${format} download`).toBe(page === "offered" ? 200 : 404);
            if (target !== own) {
              expect(page, who).toBe("404");
              expect(download.body, who).not.toContain(target.name);
            }
          }
          answers.push(`${who}`);
        }
      }
    }
    // Neither side is always shut: the programme office opens both, in its own partnership.
    expect(answers).toContain(`admin@${partnerships[0]!.slug} asking ${partnerships[0]!.slug}: page offered`);
  });
});
