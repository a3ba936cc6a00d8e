// The shape of the audit vocabulary (STYLE rule 18). Each domain registers
// its entity kinds once, in `lib/<domain>/audit.ts`: a label, the verbs a
// mutation may write, the typed before/after of each verb, the sentence it
// reads as, and where the item lives. `lib/audit/vocabulary.ts` collects
// them into one closed registry; a mutation cannot write an entry outside it.
import { z } from "zod";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import type { StatusLabels } from "@/lib/plan/status";

/** What a verb's sentence reads: its before and after as stored (the schemas' output). */
export type Change<Before, After> = { before: Before; after: After };

/** The schema of a side (before or after) that a verb does not record. */
const nothing = z.undefined();

/**
 * A shape a verb was stored in before today's, read into today's shape.
 * Audit rows are never rewritten (a trigger refuses), so a verb whose shape
 * changes keeps its older shapes here; a side left out is read as today's.
 */
/**
 * What a sentence may depend on besides its row: the partnership's own names
 * for the five states, so a RAG partnership reads "from Amber to Green" where
 * another reads "from On track, some concerns to On track".
 */
export type SayContext = { labels: StatusLabels };

export type OlderShape<Before extends z.ZodType, After extends z.ZodType> = {
  before?: z.ZodType<z.output<Before>>;
  after?: z.ZodType<z.output<After>>;
};

export type VerbSpec<Before extends z.ZodType = z.ZodType, After extends z.ZodType = z.ZodType> = {
  before: Before;
  after: After;
  /** What the actor did, after their name: "changed 1.2a's status from Amber to Green". */
  says: (change: Change<z.output<Before>, z.output<After>>, context: SayContext) => string;
  /** Older stored shapes, tried in turn when today's schemas refuse a row; never used to write. */
  older: OlderShape<Before, After>[];
};

/**
 * One verb of a kind. Leave out `before` for a creation, `after` for a
 * deletion. The schemas run when the entry is written (dates become ISO days,
 * fields nobody declared are dropped) and when it is read back.
 */
export function verb<Before extends z.ZodType = typeof nothing, After extends z.ZodType = typeof nothing>(spec: {
  before?: Before;
  after?: After;
  says: (change: Change<z.output<NoInfer<Before>>, z.output<NoInfer<After>>>, context: SayContext) => string;
  older?: OlderShape<NoInfer<Before>, NoInfer<After>>[];
}): VerbSpec<NoInfer<Before>, NoInfer<After>> {
  return { before: (spec.before ?? nothing) as Before, after: (spec.after ?? nothing) as After, says: spec.says, older: spec.older ?? [] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of verbs whose schemas differ
export type AnyVerb = VerbSpec<any, any>;

type ChangeOf<Verbs extends Record<string, AnyVerb>> = {
  [V in keyof Verbs]: Change<z.output<Verbs[V]["before"]>, z.output<Verbs[V]["after"]>>;
}[keyof Verbs];

export type KindSpec<Verbs extends Record<string, AnyVerb> = Record<string, AnyVerb>> = {
  /** The item in a sentence, with its article: "a risk", "an action". */
  label: string;
  verbs: Verbs;
  /** The item's page, or null when it has none (a deleted item keeps its parent's page). */
  link: (slug: string, entityId: string, change: ChangeOf<Verbs>) => string | null;
};

/** Any registered kind, whatever its verbs (what the registry and the reader hold). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the link's change differs by kind
export type AnyKind = { label: string; verbs: Record<string, AnyVerb>; link: (slug: string, entityId: string, change: any) => string | null };

export function auditKind<const Verbs extends Record<string, AnyVerb>>(spec: KindSpec<Verbs>): KindSpec<Verbs> {
  return spec;
}

/** A calendar day: a Date or an ISO string when written, always stored and read as "2025-03-31". */
export const auditDay = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    ctx.addIssue({ code: "custom", message: "Not a calendar day." });
    return z.NEVER;
  }
  return iso;
});

/** A day as a sentence shows it: "31 March 2025", or "no date". */
export function sayDay(iso: string | null | undefined): string {
  return iso ? formatUkDate(parseIsoDate(iso)) : "no date";
}

/** Text quoted in a sentence, shortened so one sentence stays one line's worth. */
export function quote(text: string | null | undefined, max = 80): string {
  if (!text) return "nothing";
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
