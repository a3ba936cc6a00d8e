// Tenant-safe keys against a real PostgreSQL (issue 9, item 2): the database
// itself refuses a row that points into another partnership. Every tenant
// table with an `id` is unique on ("partnershipId", "id"), every foreign key
// between two tenant tables includes "partnershipId" on both sides, and an
// optional key that sets null on delete nulls only its own column, never
// "partnershipId" (ON DELETE SET NULL ("column"), hand-written in
// prisma/migrations/*_tenant_composite_keys).
//
// The keys are read from the catalog, so a future single-column key between
// tenant tables fails here whatever its name. The database is shared with the
// other test files: rows made here have codes starting "TK" (or hang off ones
// that do) and are deleted at the end; the refused inserts leave nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { partnershipId } from "./support/callers";
import { parseIsoDate } from "@/lib/dates/format";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

type ForeignKey = {
  name: string;
  table: string;
  references: string;
  columns: string[];
  referencedColumns: string[];
  /** confdeltype: a = no action, r = restrict, c = cascade, n = set null, d = set default. */
  onDelete: string;
  onUpdate: string;
  /** The columns an ON DELETE SET NULL / SET DEFAULT changes; null means all of `columns`. */
  onDeleteColumns: string[] | null;
};

/** Every foreign key whose table and referenced table both have "partnershipId" ("Partnership" itself has none). */
async function tenantForeignKeys(): Promise<ForeignKey[]> {
  const { rows } = await pool.query<ForeignKey>(`
    SELECT c.conname AS name,
           t.relname AS "table",
           r.relname AS "references",
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "referencedColumns",
           c.confdeltype::text AS "onDelete",
           c.confupdtype::text AS "onUpdate",
           CASE WHEN c.confdelsetcols IS NULL THEN NULL
                ELSE ARRAY(SELECT a.attname::text FROM unnest(c.confdelsetcols) WITH ORDINALITY k(attnum, n)
                           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) END AS "onDeleteColumns"
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class r ON r.oid = c.confrelid
    WHERE c.contype = 'f'
      AND t.relnamespace = 'public'::regnamespace
      AND r.relname <> 'Partnership'
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'partnershipId' AND NOT a.attisdropped)
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'partnershipId' AND NOT a.attisdropped)
    ORDER BY t.relname, c.conname`);
  return rows;
}

/** Tables with a "partnershipId" column, and whether they have an "id". */
async function tenantTables(): Promise<{ table: string; hasId: boolean }[]> {
  const { rows } = await pool.query<{ table: string; hasId: boolean }>(`
    SELECT t.relname AS "table",
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'id' AND NOT a.attisdropped) AS "hasId"
    FROM pg_class t
    WHERE t.relkind = 'r' AND t.relnamespace = 'public'::regnamespace
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'partnershipId' AND NOT a.attisdropped)
    ORDER BY t.relname`);
  return rows;
}

/** Valid, unconditional unique indexes (primary keys included) of a table, as their column lists. */
async function uniqueIndexes(table: string): Promise<string[][]> {
  const { rows } = await pool.query<{ columns: string[] }>(
    `SELECT ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
     FROM pg_index i
     WHERE i.indrelid = format('%I', $1::text)::regclass AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL`,
    [table],
  );
  return rows.map((row) => row.columns);
}

/** Runs `sql` and returns the PostgreSQL error it raised (SQLSTATE and constraint), or null if it succeeded. */
async function refusal(sql: string, values: unknown[]): Promise<{ code: string; constraint?: string } | null> {
  try {
    await pool.query(sql, values);
    return null;
  } catch (error) {
    const { code, constraint } = error as pg.DatabaseError;
    return { code: code ?? "", constraint };
  }
}

/** Runs `sql` in a transaction that is always rolled back: the same-partnership control of each refused insert. */
async function acceptedThenRolledBack(sql: string, values: unknown[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(sql, values);
    return result.rowCount ?? 0;
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}

const count = async (sql: string, values: unknown[]) => Number((await pool.query<{ n: string }>(sql, values)).rows[0]!.n);

let derbyshire: string;
let derbyCity: string;

beforeAll(async () => {
  [derbyshire, derbyCity] = await Promise.all([partnershipId("derbyshire"), partnershipId("derby-city")]);
});

afterAll(async () => {
  await pool.end();
});

describe("tenant-safe keys in the catalog", () => {
  it("every foreign key between two tenant tables includes partnershipId, matched to partnershipId", async () => {
    const keys = await tenantForeignKeys();
    // The schema has 48 such keys; far fewer means the catalog query lost them and the test proves nothing.
    expect(keys.length).toBeGreaterThanOrEqual(48);
    const offenders = keys
      .filter((key) => {
        const at = key.columns.indexOf("partnershipId");
        return at < 0 || key.referencedColumns[at] !== "partnershipId" || key.columns.length < 2;
      })
      .map((key) => `${key.name}: "${key.table}"(${key.columns.join(", ")}) -> "${key.references}"(${key.referencedColumns.join(", ")})`);
    expect(offenders).toEqual([]);
  });

  it("no key between tenant tables can null or change partnershipId when the row it points to goes", async () => {
    const keys = await tenantForeignKeys();
    const offenders = keys
      .filter((key) => {
        if (key.onUpdate === "n" || key.onUpdate === "d") return true;
        if (key.onDelete !== "n" && key.onDelete !== "d") return false;
        // SET NULL / SET DEFAULT must name its columns, and they must be the key's own, never partnershipId.
        const own = key.columns.filter((column) => column !== "partnershipId");
        return key.onDeleteColumns === null || [...key.onDeleteColumns].sort().join() !== [...own].sort().join();
      })
      .map((key) => `${key.name}: ON DELETE ${key.onDelete} (${key.onDeleteColumns?.join(", ") ?? "all columns"}), ON UPDATE ${key.onUpdate}`);
    expect(offenders).toEqual([]);
  });

  it("the optional keys that set null on delete are exactly the schema's, each nulling only its own column", async () => {
    const setNull = (await tenantForeignKeys())
      .filter((key) => key.onDelete === "n")
      .map((key) => `${key.table}.${key.onDeleteColumns?.join(", ") ?? "(all columns)"} -> ${key.references}`)
      .sort();
    expect(setNull).toEqual(
      [
        "Action.leadMembershipId -> Membership",
        "Board.parentBoardId -> Board",
        "ChangeRequest.meetingId -> Meeting",
        "Evidence.actionUpdateId -> ActionUpdate",
        "Evidence.milestoneOccurrenceId -> MilestoneOccurrence",
        "ImpactLogEntry.actionId -> Action",
        "ImpactLogEntry.meetingId -> Meeting",
        "Meeting.minutesApprovedMeetingId -> Meeting",
        "ImpactLogEntry.priorityAreaId -> PriorityArea",
        "Kpi.ownerMembershipId -> Membership",
        "PriorityArea.parentId -> PriorityArea",
        "PublicSummary.authorMembershipId -> Membership",
        "Risk.ownerMembershipId -> Membership",
        "RiskMitigation.ownerMembershipId -> Membership",
        "Stocktake.previousId -> Stocktake",
        "AdvisorFinding.answeredInId -> Stocktake",
      ].sort(),
    );
  });

  it("every tenant table with an id is unique on (partnershipId, id); the others' primary keys start with partnershipId", async () => {
    const tables = await tenantTables();
    expect(tables.filter((t) => t.hasId).length).toBeGreaterThanOrEqual(25);
    const missing: string[] = [];
    for (const { table, hasId } of tables) {
      const indexes = await uniqueIndexes(table);
      if (hasId) {
        if (!indexes.some((columns) => columns.join() === "partnershipId,id")) missing.push(`${table}: no unique index on (partnershipId, id)`);
      } else {
        const { rows } = await pool.query<{ columns: string[] }>(
          `SELECT ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
           FROM pg_constraint c WHERE c.conrelid = format('%I', $1::text)::regclass AND c.contype = 'p'`,
          [table],
        );
        if (rows[0]?.columns[0] !== "partnershipId") missing.push(`${table}: primary key (${rows[0]?.columns.join(", ") ?? "none"}) does not start with partnershipId`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("PostgreSQL refuses a row that points into another partnership", () => {
  const FOREIGN_KEY_VIOLATION = "23503";

  it("an outcome of Derby City under a Derbyshire priority area", async () => {
    const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId: derbyshire }, select: { id: true } });
    const sql = `INSERT INTO "Outcome" ("id", "partnershipId", "priorityAreaId", "code", "text") VALUES ('tk-outcome', $1, $2, 'TK.1', 'Cross-tenant outcome')`;
    // The same row in the area's own partnership is accepted (then rolled back): the partnership is what is refused.
    expect(await acceptedThenRolledBack(sql, [derbyshire, area.id])).toBe(1);
    expect(await refusal(sql, [derbyCity, area.id])).toEqual({ code: FOREIGN_KEY_VIOLATION, constraint: "Outcome_partnershipId_priorityAreaId_fkey" });
    expect(await count(`SELECT count(*) AS n FROM "Outcome" WHERE "id" = 'tk-outcome' OR "code" = 'TK.1'`, [])).toBe(0);
  });

  it("an action assignee: a Derbyshire action assigned to a Derby City member", async () => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId: derbyshire, assignees: { none: {} } }, select: { id: true } });
    const [own, other] = await Promise.all(
      [derbyshire, derbyCity].map((p) => db.membership.findFirstOrThrow({ where: { partnershipId: p, role: "CONTRIBUTOR" }, select: { id: true } })),
    );
    const sql = `INSERT INTO "ActionAssignee" ("partnershipId", "actionId", "membershipId") VALUES ($1, $2, $3)`;
    expect(await acceptedThenRolledBack(sql, [derbyshire, action.id, own!.id])).toBe(1);
    expect(await refusal(sql, [derbyshire, action.id, other!.id])).toEqual({ code: FOREIGN_KEY_VIOLATION, constraint: "ActionAssignee_partnershipId_membershipId_fkey" });
    // Claiming the member's partnership instead moves the mismatch to the action.
    expect(await refusal(sql, [derbyCity, action.id, other!.id])).toEqual({ code: FOREIGN_KEY_VIOLATION, constraint: "ActionAssignee_partnershipId_actionId_fkey" });
    expect(await count(`SELECT count(*) AS n FROM "ActionAssignee" WHERE "actionId" = $1 AND "membershipId" = $2`, [action.id, other!.id])).toBe(0);
  });

  it("a Derbyshire KPI value for a Derby City KPI", async () => {
    const kpi = await db.kpi.findFirstOrThrow({ where: { partnershipId: derbyCity }, select: { id: true } });
    const sql = `INSERT INTO "KpiValue" ("id", "partnershipId", "kpiId", "period", "value") VALUES ('tk-kpi-value', $1, $2, DATE '1999-01-01', 1)`;
    expect(await acceptedThenRolledBack(sql, [derbyCity, kpi.id])).toBe(1);
    expect(await refusal(sql, [derbyshire, kpi.id])).toEqual({ code: FOREIGN_KEY_VIOLATION, constraint: "KpiValue_partnershipId_kpiId_fkey" });
    expect(await count(`SELECT count(*) AS n FROM "KpiValue" WHERE "id" = 'tk-kpi-value'`, [])).toBe(0);
  });

  it("an optional key and a self-relation: a Derbyshire action led by a Derby City member, a Derby City area under a Derbyshire one", async () => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId: derbyshire }, select: { id: true } });
    const lead = await db.membership.findFirstOrThrow({ where: { partnershipId: derbyCity }, select: { id: true } });
    expect(await refusal(`UPDATE "Action" SET "leadMembershipId" = $2 WHERE "id" = $1`, [action.id, lead.id])).toEqual({
      code: FOREIGN_KEY_VIOLATION,
      constraint: "Action_partnershipId_leadMembershipId_fkey",
    });
    expect(await count(`SELECT count(*) AS n FROM "Action" WHERE "leadMembershipId" = $1`, [lead.id])).toBe(0);

    const [parent, child] = await Promise.all([
      db.priorityArea.findFirstOrThrow({ where: { partnershipId: derbyshire }, select: { id: true } }),
      db.priorityArea.findFirstOrThrow({ where: { partnershipId: derbyCity, parentId: null }, select: { id: true } }),
    ]);
    expect(await refusal(`UPDATE "PriorityArea" SET "parentId" = $2 WHERE "id" = $1`, [child.id, parent.id])).toEqual({
      code: FOREIGN_KEY_VIOLATION,
      constraint: "PriorityArea_partnershipId_parentId_fkey",
    });
    expect((await db.priorityArea.findUniqueOrThrow({ where: { id: child.id }, select: { parentId: true } })).parentId).toBeNull();
  });
});

describe("deleting a row an optional key points to nulls only that key's column", () => {
  // One fixture per SET NULL key, all in Derbyshire, made through the app's own client.
  afterAll(async () => {
    // Children before parents; cascades take the rest (outcomes last: actions restrict them).
    await db.impactLogEntry.deleteMany({ where: { partnershipId: derbyshire, title: { startsWith: "TK" } } });
    await db.evidence.deleteMany({ where: { partnershipId: derbyshire, title: { startsWith: "TK" } } });
    await db.changeRequest.deleteMany({ where: { partnershipId: derbyshire, reason: { startsWith: "TK" } } });
    await db.meeting.deleteMany({ where: { partnershipId: derbyshire, title: { startsWith: "TK" } } });
    await db.stocktake.deleteMany({ where: { partnershipId: derbyshire, title: { startsWith: "TK" } } });
    await db.board.deleteMany({ where: { partnershipId: derbyshire, name: { startsWith: "TK" }, parentBoardId: { not: null } } });
    await db.board.deleteMany({ where: { partnershipId: derbyshire, name: { startsWith: "TK" } } });
    await db.kpi.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" } } });
    await db.risk.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" } } });
    await db.action.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" } } });
    await db.outcome.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" } } });
    await db.priorityArea.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" }, parentId: { not: null } } });
    await db.priorityArea.deleteMany({ where: { partnershipId: derbyshire, code: { startsWith: "TK" } } });
    await db.user.deleteMany({ where: { email: { endsWith: "@tenant-keys.test" } } });
  });

  const due = parseIsoDate("2026-03-31");

  async function makeAction(n: number, overrides: { leadMembershipId?: string } = {}) {
    const area = await db.priorityArea.create({
      data: { partnershipId: derbyshire, code: `TK-A${n}`, kind: "LOCAL_PRIORITY", title: `TK area ${n}`, finding: "Test.", leadRoles: [], position: 9000 + n },
    });
    const outcome = await db.outcome.create({ data: { partnershipId: derbyshire, priorityAreaId: area.id, code: `TK.${n}`, text: `TK outcome ${n}`, position: 9000 + n } });
    return db.action.create({
      data: {
        partnershipId: derbyshire,
        priorityAreaId: area.id,
        outcomeId: outcome.id,
        code: `TK.${n}a`,
        title: `TK action ${n}`,
        baselineDueDate: due,
        currentDueDate: due,
        position: 9000 + n,
        ...overrides,
      },
    });
  }

  /** The row's partnershipId and the given columns, read with SQL (no Prisma relation in the way). */
  async function columnsOf(table: string, id: string, columns: string[]): Promise<Record<string, unknown>> {
    const list = ["partnershipId", ...columns].map((c) => `"${c}"`).join(", ");
    const { rows } = await pool.query(`SELECT ${list} FROM "${table}" WHERE "id" = $1`, [id]);
    expect(rows).toHaveLength(1);
    return rows[0] as Record<string, unknown>;
  }

  it("a membership: actions it leads, KPIs, risks and mitigations it owns keep their partnership", async () => {
    const user = await db.user.create({ data: { email: "lead@tenant-keys.test", name: "TK lead" } });
    const membership = await db.membership.create({ data: { partnershipId: derbyshire, userId: user.id, role: "LEAD" } });
    const action = await makeAction(1, { leadMembershipId: membership.id });
    const kpi = await db.kpi.create({
      data: {
        partnershipId: derbyshire,
        code: "TK-K1",
        name: "TK KPI",
        definition: "Test.",
        unit: "COUNT",
        direction: "HIGHER_IS_BETTER",
        frequency: "MONTHLY",
        ownerMembershipId: membership.id,
      },
    });
    const risk = await db.risk.create({
      data: {
        partnershipId: derbyshire,
        code: "TK-R1",
        title: "TK risk",
        ownerMembershipId: membership.id,
        inherentLikelihood: 3,
        inherentImpact: 3,
        currentLikelihood: 2,
        currentImpact: 2,
        targetLikelihood: 1,
        targetImpact: 2,
        nextReviewDate: due,
      },
    });
    const mitigation = await db.riskMitigation.create({
      data: { partnershipId: derbyshire, riskId: risk.id, text: "TK mitigation", ownerMembershipId: membership.id, dueDate: due },
    });

    await db.membership.delete({ where: { id: membership.id } });

    expect(await columnsOf("Action", action.id, ["leadMembershipId", "outcomeId"])).toEqual({ partnershipId: derbyshire, leadMembershipId: null, outcomeId: action.outcomeId });
    expect(await columnsOf("Kpi", kpi.id, ["ownerMembershipId"])).toEqual({ partnershipId: derbyshire, ownerMembershipId: null });
    expect(await columnsOf("Risk", risk.id, ["ownerMembershipId"])).toEqual({ partnershipId: derbyshire, ownerMembershipId: null });
    expect(await columnsOf("RiskMitigation", mitigation.id, ["ownerMembershipId", "riskId"])).toEqual({ partnershipId: derbyshire, ownerMembershipId: null, riskId: risk.id });
  });

  it("a meeting, an action update, a milestone occurrence, an area and an action: change requests, evidence and impact log entries stay", async () => {
    const board = await db.board.findFirstOrThrow({ where: { partnershipId: derbyshire }, select: { id: true } });
    const action = await makeAction(2);
    const meeting = await db.meeting.create({ data: { partnershipId: derbyshire, boardId: board.id, title: "TK meeting", date: due } });
    const update = await db.actionUpdate.create({ data: { partnershipId: derbyshire, actionId: action.id, status: "ON_TRACK", commentary: "TK", authorName: "TK" } });
    const milestone = await db.milestone.create({ data: { partnershipId: derbyshire, actionId: action.id, text: "TK milestone", dueDate: due, baselineDueDate: due } });
    const occurrence = await db.milestoneOccurrence.create({ data: { partnershipId: derbyshire, milestoneId: milestone.id, dueDate: due } });
    const request = await db.changeRequest.create({
      data: { partnershipId: derbyshire, actionId: action.id, meetingId: meeting.id, reason: "TK reason", impact: "TK", requestedByName: "TK" },
    });
    const evidence = await db.evidence.create({
      data: { partnershipId: derbyshire, title: "TK evidence", kind: "DATA", date: due, actionId: action.id, actionUpdateId: update.id, milestoneOccurrenceId: occurrence.id },
    });
    const other = await makeAction(3);
    const entry = await db.impactLogEntry.create({
      data: { partnershipId: derbyshire, number: 9001, title: "TK entry", raisedOn: due, meetingId: meeting.id, actionId: other.id, priorityAreaId: other.priorityAreaId },
    });

    await db.meeting.delete({ where: { id: meeting.id } });
    expect(await columnsOf("ChangeRequest", request.id, ["meetingId", "actionId"])).toEqual({ partnershipId: derbyshire, meetingId: null, actionId: action.id });
    expect(await columnsOf("ImpactLogEntry", entry.id, ["meetingId", "actionId"])).toEqual({ partnershipId: derbyshire, meetingId: null, actionId: other.id });

    await db.actionUpdate.delete({ where: { id: update.id } });
    await db.milestoneOccurrence.delete({ where: { id: occurrence.id } });
    expect(await columnsOf("Evidence", evidence.id, ["actionUpdateId", "milestoneOccurrenceId", "actionId"])).toEqual({
      partnershipId: derbyshire,
      actionUpdateId: null,
      milestoneOccurrenceId: null,
      actionId: action.id,
    });

    // The action goes first (its area is restricted while it exists), then its outcome and area.
    await db.action.delete({ where: { id: other.id } });
    expect(await columnsOf("ImpactLogEntry", entry.id, ["actionId", "priorityAreaId"])).toEqual({
      partnershipId: derbyshire,
      actionId: null,
      priorityAreaId: other.priorityAreaId,
    });
    await db.outcome.delete({ where: { id: other.outcomeId } });
    await db.priorityArea.delete({ where: { id: other.priorityAreaId } });
    expect(await columnsOf("ImpactLogEntry", entry.id, ["priorityAreaId", "meetingId", "actionId"])).toEqual({
      partnershipId: derbyshire,
      priorityAreaId: null,
      meetingId: null,
      actionId: null,
    });
  });

  it("self-relations: a parent area, a parent board, a previous stocktake, and the stocktake that answered a next step", async () => {
    const parentArea = await db.priorityArea.create({
      data: { partnershipId: derbyshire, code: "TK-P", kind: "LOCAL_PRIORITY", title: "TK parent", finding: "Test.", leadRoles: [], position: 9100 },
    });
    const childArea = await db.priorityArea.create({
      data: { partnershipId: derbyshire, code: "TK-C", kind: "LOCAL_PRIORITY", title: "TK child", finding: "Test.", leadRoles: [], position: 9101, parentId: parentArea.id },
    });
    const parentBoard = await db.board.create({ data: { partnershipId: derbyshire, name: "TK strategic board", position: 9100 } });
    const childBoard = await db.board.create({ data: { partnershipId: derbyshire, name: "TK delivery board", position: 9101, parentBoardId: parentBoard.id } });
    // Published: a partnership has one draft at a time (a partial unique index).
    const previous = await db.stocktake.create({ data: { partnershipId: derbyshire, title: "TK stocktake 1", periodStart: due, periodEnd: due, state: "PUBLISHED" } });
    const next = await db.stocktake.create({
      data: { partnershipId: derbyshire, title: "TK stocktake 2", periodStart: due, periodEnd: due, previousId: previous.id, state: "PUBLISHED" },
    });
    // A next step of the later pack, answered in the earlier one (any pack will do for the key).
    const section = await db.stocktakeSection.create({ data: { partnershipId: derbyshire, stocktakeId: next.id, key: "GOVERNANCE", kind: "GOVERNANCE" } });
    const step = await db.advisorFinding.create({
      data: { partnershipId: derbyshire, stocktakeSectionId: section.id, kind: "NEXT_STEP", heading: "TK", text: "TK", authorName: "TK", answeredInId: previous.id },
    });

    await db.priorityArea.delete({ where: { id: parentArea.id } });
    await db.board.delete({ where: { id: parentBoard.id } });
    await db.stocktake.delete({ where: { id: previous.id } });

    expect(await columnsOf("PriorityArea", childArea.id, ["parentId"])).toEqual({ partnershipId: derbyshire, parentId: null });
    expect(await columnsOf("Board", childBoard.id, ["parentBoardId"])).toEqual({ partnershipId: derbyshire, parentBoardId: null });
    expect(await columnsOf("Stocktake", next.id, ["previousId"])).toEqual({ partnershipId: derbyshire, previousId: null });
    expect(await columnsOf("AdvisorFinding", step.id, ["answeredInId"])).toEqual({ partnershipId: derbyshire, answeredInId: null });
  });
});
