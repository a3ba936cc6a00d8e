// Refused attempts leave a trace (#22 finding 7, OWASP ASVS V16): an action
// naming another partnership's row, an action asked of a partnership the
// person is not a member of, an action the role may not take and a download
// the role may not have each write one security event — a JSON line through
// lib/security/log.ts, read here by replacing its writer — with who, which
// partnership, how and why, and nothing that was typed; and no audit row.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { GET as exportGet } from "@/app/api/p/[slug]/exports/[register]/route";
import { updateBoardAction } from "@/lib/meetings/actions";
import { securityLog } from "@/lib/security/log";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership, type OwnRole } from "./support/own-partnership";

// The session is the one thing faked: the test plays a signed-in user without a browser.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

/** What the probe types: none of it may reach the log. */
const TYPED = { name: "Zebra board 7731", chairName: "Quokka Chairperson", description: "hunter2-password-like text" };

let own: OwnPartnership;
let other: OwnPartnership;
let boards: { own: string; other: string };
let lines: string[];

async function as(partnership: OwnPartnership, role: OwnRole) {
  const user = await db.user.findUniqueOrThrow({ where: { id: partnership.userIds[role] }, select: { id: true, name: true, email: true, sessionVersion: true } });
  signedIn.user = { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
  return user.id;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const events = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const audited = () => db.auditEvent.count();
const boardRows = () => db.board.findMany({ where: { id: { in: [boards.own, boards.other] } }, orderBy: { id: "asc" } });

beforeAll(async () => {
  own = await ownPartnership("security-log");
  other = await ownPartnership("security-log");
  const board = async (p: OwnPartnership) => (await db.board.findFirstOrThrow({ where: { partnershipId: p.id }, select: { id: true } })).id;
  boards = { own: await board(own), other: await board(other) };
});

beforeEach(() => {
  lines = [];
  vi.spyOn(securityLog, "write").mockImplementation((line) => void lines.push(line));
});

afterEach(() => {
  vi.restoreAllMocks();
  signedIn.user = null;
});

describe("a refused attempt is a security event, never an audit row", () => {
  it.each([
    {
      label: "an action naming another partnership's row",
      who: () => as(own, "admin"),
      slug: () => own.slug,
      id: () => boards.other,
      expected: () => ({ reason: "not-found", partnership: own.slug, partnershipId: own.id, role: "ADMIN", via: "action" }),
    },
    {
      label: "an action asked of a partnership the person is not a member of",
      who: () => as(own, "admin"),
      slug: () => other.slug,
      id: () => boards.other,
      expected: () => ({ reason: "not-a-member", partnership: other.slug, partnershipId: null, role: null, via: null }),
    },
    {
      label: "an action the role may not take",
      who: () => as(own, "viewer"),
      slug: () => own.slug,
      id: () => boards.own,
      expected: () => ({ reason: "forbidden", partnership: own.slug, partnershipId: own.id, role: "VIEWER", via: "action" }),
    },
  ])("$label: one event with who, where, how and why, nothing typed, nothing written", async ({ who, slug, id, expected }) => {
    const userId = await who();
    const [auditBefore, boardsBefore] = await Promise.all([audited(), boardRows()]);
    const result: ActionResult = await updateBoardAction(null, form({ slug: slug(), id: id(), version: "1", ...TYPED }));
    expect(result.ok).toBe(false);
    expect(lines).toHaveLength(1);
    expect(events()[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: "warn",
      event: "authorization.refused",
      userId,
      target: null,
      ...expected(),
    });
    for (const value of Object.values(TYPED)) expect(lines[0]).not.toContain(value);
    expect(await audited()).toBe(auditBefore);
    expect(await boardRows()).toEqual(boardsBefore);
  });

  it("a download the role may not have: one event naming the route", async () => {
    const userId = await as(own, "viewer");
    const auditBefore = await audited();
    const response = await exportGet(new Request(`http://localhost/api/p/${own.slug}/exports/change-requests?format=csv`), {
      params: Promise.resolve({ slug: own.slug, register: "change-requests" }),
    });
    expect(response.status).toBe(404);
    expect(events()).toEqual([
      {
        time: expect.any(String),
        level: "warn",
        event: "authorization.refused",
        reason: "forbidden",
        userId,
        partnership: own.slug,
        partnershipId: own.id,
        role: "VIEWER",
        via: "download",
        target: `/api/p/${own.slug}/exports/change-requests`,
      },
    ]);
    expect(await audited()).toBe(auditBefore);
  });

  it("what is not a refusal leaves no event: a form that fails validation, a download the member may have", async () => {
    await as(own, "admin");
    const invalid: ActionResult = await updateBoardAction(null, form({ slug: own.slug, id: boards.own, version: "1", name: "" }));
    expect(invalid.ok).toBe(false);
    const response = await exportGet(new Request(`http://localhost/api/p/${own.slug}/exports/change-requests?format=csv`), {
      params: Promise.resolve({ slug: own.slug, register: "change-requests" }),
    });
    expect(response.status).toBe(200);
    expect(lines).toEqual([]);
  });
});
