// The plan's entries in the audit vocabulary (lib/audit/vocabulary.ts): its
// priority areas, outcomes, actions and milestones as the editor adds, edits,
// moves, archives and restores them; an action's status updates and a
// corrected due date; a milestone's due date recorded as met or missed.
// Fields added since the first rows were written (an item's code in a move)
// are optional, so those rows still read as sentences.
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { actionPath, editActionPath, editAreaPath, editMilestonePath, editOutcomePath } from "./paths";
import { FREQUENCY_LABELS } from "./recurrence";
import { STATUSES } from "./status";
import { AREA_KINDS, FREQUENCIES } from "./structure/schema";

const count = z.number().int();
const nullableText = z.string().nullable();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listed = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** ", changing its title and lead member": the fields an edit changed, in the form's words. */
function changing<T extends Record<string, unknown>>(before: T, after: T, names: Partial<Record<keyof T & string, string>>): string {
  const changed = [...new Set(Object.entries(names).flatMap(([key, name]) => (JSON.stringify(before[key]) === JSON.stringify(after[key]) ? [] : [name as string])))];
  return changed.length ? `, changing its ${listed(changed)}` : ", changing nothing";
}

/** "action 1.1a" or, where a code changed, "action 1.1a (now 1.1b)". */
const renamed = (word: string, before: string, after: string) => `${word} ${before}${before === after ? "" : ` (now ${after})`}`;

// ---------------------------------------------------------------------------
// Moving, archiving and restoring: the same for every level of the tree

const moved = z.object({ position: count });
const archived = z.object({ archivedAt: auditDay.nullable(), version: count });
/** What names the item in a sentence: an area's, outcome's or action's code; a milestone's text and its action's code. */
const named = z.object({ code: z.string(), text: z.string(), action: z.string() }).partial();
type Named = z.output<typeof named>;

/** Move, archive and restore for one kind, and what archiving took with it (`children`: "outcomes", "actions", "milestones"). */
function arranging(say: (item: Named) => string, children: readonly string[]) {
  const carried = z.record(z.string(), count).optional();
  const withChildren = (n: Record<string, number> | undefined) => {
    const parts = children.filter((child) => n?.[child]).map((child) => plural(n![child]!, child.slice(0, -1)));
    return parts.length ? ` with its ${listed(parts)}` : "";
  };
  return {
    move: verb({ before: moved, after: moved.extend({ direction: z.enum(["up", "down"]) }).extend(named.shape), says: ({ after }) => `moved ${say(after)} ${after.direction}` }),
    archive: verb({
      before: archived,
      after: archived.extend({ alsoArchived: carried }).extend(named.shape),
      says: ({ after }) => `archived ${say(after)}${withChildren(after.alsoArchived)}`,
    }),
    restore: verb({
      before: archived,
      after: archived.extend({ alsoRestored: carried }).extend(named.shape),
      says: ({ after }) => `restored ${say(after)}${withChildren(after.alsoRestored)}`,
    }),
  };
}

const sayCoded = (word: string, an: string) => (item: Named) => (item.code ? `${word} ${item.code}` : an);

// ---------------------------------------------------------------------------
// Priority areas

const areaFields = z.object({ code: z.string(), kind: z.enum(AREA_KINDS), title: z.string(), finding: z.string(), leadRoles: z.array(z.string()), parentId: nullableText });

const priorityArea = auditKind({
  label: "a priority area",
  verbs: {
    create: verb({ after: areaFields.extend({ position: count }), says: ({ after }) => `added priority area ${after.code}, ${quote(after.title)}` }),
    update: verb({
      before: areaFields.extend({ version: count }),
      after: areaFields.extend({ version: count }),
      says: ({ before, after }) =>
        `edited ${renamed("priority area", before.code, after.code)}${changing(before, after, { code: "code", kind: "kind", title: "title", finding: "inspection finding", leadRoles: "lead roles", parentId: "linked area" })}`,
    }),
    ...arranging(sayCoded("priority area", "a priority area"), ["outcomes", "actions", "milestones"]),
  },
  link: (slug, id) => editAreaPath(slug, id),
});

// ---------------------------------------------------------------------------
// Outcomes

const outcomeFields = z.object({ area: z.string(), code: z.string(), text: z.string() });

const outcome = auditKind({
  label: "an outcome",
  verbs: {
    create: verb({ after: outcomeFields.extend({ position: count }), says: ({ after }) => `added outcome ${after.code} to priority area ${after.area}, ${quote(after.text)}` }),
    update: verb({
      before: outcomeFields.extend({ version: count }),
      after: outcomeFields.extend({ version: count, actionsMoved: count }),
      says: ({ before, after }) =>
        `edited ${renamed("outcome", before.code, after.code)}${changing(before, after, { area: "priority area", code: "code", text: "wording" })}${
          after.actionsMoved ? `, taking its ${plural(after.actionsMoved, "action")} with it` : ""
        }`,
    }),
    ...arranging(sayCoded("outcome", "an outcome"), ["actions", "milestones"]),
  },
  link: (slug, id) => editOutcomePath(slug, id),
});

// ---------------------------------------------------------------------------
// Actions

const status = z.enum(STATUSES);
const actionFields = z.object({
  outcome: z.string(),
  code: z.string(),
  title: z.string(),
  description: nullableText,
  leadRole: nullableText,
  leadMembershipId: nullableText,
  workstream: nullableText,
  startDate: auditDay.nullable(),
  tags: z.array(z.string()),
});
const ACTION_FIELD_NAMES = {
  outcome: "outcome",
  code: "code",
  title: "title",
  description: "description",
  leadRole: "lead role",
  leadMembershipId: "lead member",
  workstream: "workstream",
  startDate: "start date",
  tags: "tags",
} as const;

/** A due date put right, with its reason: the action's own, or one of its one-off milestones'. */
const dueDateCorrected = verb({
  before: z.object({ dueDate: auditDay }),
  after: z.object({ action: z.string(), actionId: z.string().optional(), milestone: z.string().optional(), dueDate: auditDay, reason: z.string() }),
  says: ({ before, after }) =>
    `corrected the due date of ${after.milestone ? `the milestone ${quote(after.milestone, 60)} of action ${after.action}` : `action ${after.action}`} from ${sayDay(before.dueDate)} to ${sayDay(after.dueDate)}: ${quote(after.reason)}`,
});

const action = auditKind({
  label: "an action",
  verbs: {
    create: verb({
      after: actionFields.extend({ baselineDueDate: auditDay.nullable(), position: count }),
      says: ({ after }) =>
        `added action ${after.code} to outcome ${after.outcome}, ${quote(after.title)}, ${after.baselineDueDate ? `due ${sayDay(after.baselineDueDate)}` : "with its due date to be confirmed"}`,
    }),
    update: verb({
      // The baseline is in rows written since an action could wait for its first due date.
      before: actionFields.extend({ version: count, baselineDueDate: auditDay.nullable().optional() }),
      after: actionFields.extend({ version: count, baselineDueDate: auditDay.nullable().optional() }),
      says: ({ before, after }) => {
        const edited = changing(before, after, ACTION_FIELD_NAMES);
        if (before.baselineDueDate !== null || !after.baselineDueDate) return `edited ${renamed("action", before.code, after.code)}${edited}`;
        const first = `setting its first due date to ${sayDay(after.baselineDueDate)}`;
        return `edited ${renamed("action", before.code, after.code)}${edited === ", changing nothing" ? `, ${first}` : `${edited} and ${first}`}`;
      },
    }),
    "status.update": verb({
      before: z.object({ status, commentary: nullableText, version: count }),
      after: z.object({ code: z.string().optional(), status, commentary: z.string(), version: count, evidence: nullableText }),
      says: ({ before, after }, { labels }) =>
        `updated ${after.code ? `action ${after.code}’s` : "an action’s"} status from ${labels[before.status]} to ${labels[after.status]}${
          after.evidence ? `, with evidence ${quote(after.evidence)}` : ""
        }`,
    }),
    "dueDate.correct": dueDateCorrected,
    ...arranging(sayCoded("action", "an action"), ["milestones"]),
  },
  // An archived action has no page in the plan: the editor shows it, to restore.
  link: (slug, id, { after }) => (after && "archivedAt" in after && after.archivedAt ? editActionPath(slug, id) : actionPath(slug, id)),
});

// ---------------------------------------------------------------------------
// Milestones and their due dates

const schedule = z.object({
  text: z.string(),
  byWhenText: nullableText,
  frequency: z.enum(FREQUENCIES).nullable(),
  recurrenceStart: auditDay.nullable(),
  recurrenceEnd: auditDay.nullable(),
});
const when = (m: { frequency: (typeof FREQUENCIES)[number] | null; recurrenceStart: string | null; recurrenceEnd: string | null; dueDate?: string | null }) =>
  m.frequency
    ? `${FREQUENCY_LABELS[m.frequency].toLowerCase()} from ${sayDay(m.recurrenceStart)} to ${sayDay(m.recurrenceEnd)}`
    : m.dueDate
      ? `due ${sayDay(m.dueDate)}`
      : "with its date to be confirmed";
const ofAction = (code: string | undefined) => (code ? ` of action ${code}` : "");

const milestone = auditKind({
  label: "a milestone",
  verbs: {
    create: verb({
      after: schedule.extend({ action: z.string(), baselineDueDate: auditDay.nullable(), dueDate: auditDay.nullable(), occurrences: count, position: count }),
      says: ({ after }) => `added a milestone to action ${after.action}, ${quote(after.text, 60)}, ${when(after)}`,
    }),
    update: verb({
      before: schedule.extend({ version: count }),
      after: schedule.extend({ version: count, action: z.string().optional(), occurrences: z.object({ added: count, removed: count }).nullable() }),
      says: ({ before, after }) =>
        `edited the milestone ${quote(before.text, 60)}${ofAction(after.action)}${changing(before, after, {
          text: "wording",
          byWhenText: "plan’s words for when",
          frequency: "schedule",
          recurrenceStart: "schedule",
          recurrenceEnd: "schedule",
        })}${after.occurrences ? ` (${plural(after.occurrences.added, "due date")} added, ${after.occurrences.removed} removed)` : ""}`,
    }),
    "dueDate.correct": dueDateCorrected,
    ...arranging((m) => (m.text ? `the milestone ${quote(m.text, 60)}${ofAction(m.action)}` : "a milestone"), []),
  },
  link: (slug, id) => editMilestonePath(slug, id),
});

const recorded = (outcome: "met" | "missed") =>
  verb({
    before: z.object({ state: z.enum(["PENDING", "MET", "MISSED"]), note: nullableText }),
    after: z.object({
      state: z.enum(["MET", "MISSED"]),
      note: z.string(),
      milestone: z.string(),
      dueDate: auditDay,
      action: z.string().optional(),
      actionId: z.string().optional(),
    }),
    says: ({ after }) => `recorded the milestone ${quote(after.milestone, 60)}${ofAction(after.action)} due ${sayDay(after.dueDate)} as ${outcome}`,
  });

const milestoneOccurrence = auditKind({
  label: "a milestone’s due date",
  verbs: { "milestone.met": recorded("met"), "milestone.missed": recorded("missed") },
  // A due date has no page of its own: its action's page lists it.
  link: (slug, _id, { after }) => (after.actionId ? actionPath(slug, after.actionId) : null),
});

export const planAudit = {
  PriorityArea: priorityArea,
  Outcome: outcome,
  Action: action,
  Milestone: milestone,
  MilestoneOccurrence: milestoneOccurrence,
} satisfies Record<string, AnyKind>;
