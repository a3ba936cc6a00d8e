// The closed audit vocabulary: every entity kind a mutation may write, each
// registered once by its domain. A kind or verb missing here does not
// compile in a mutation, and the audit log reads each row through it.
import type { z } from "zod";
import { boardPackAudit } from "@/lib/boardpacks/audit";
import { changeRequestAudit } from "@/lib/changes/audit";
import { digestAudit } from "@/lib/digests/audit";
import { invitationAudit } from "@/lib/invitations/audit";
import { kpiAudit } from "@/lib/kpis/audit";
import { meetingAudit } from "@/lib/meetings/audit";
import { memberAudit } from "@/lib/members/audit";
import { signInAudit } from "@/lib/passwords/audit";
import { planAudit } from "@/lib/plan/audit";
import { planImportAudit } from "@/lib/plan-import/audit";
import { publicSummaryAudit } from "@/lib/public-summaries/audit";
import { reportAudit } from "@/lib/reports/audit";
import { riskAudit } from "@/lib/risks/audit";
import { settingsAudit } from "@/lib/settings/audit";
import { stocktakeAudit } from "@/lib/stocktakes/audit";
import type { AnyKind, AnyVerb, KindSpec } from "./define";

/** Each domain's kinds, kept apart so a test can prove no two domains claim one name. */
export const domainVocabularies = {
  planAudit,
  kpiAudit,
  riskAudit,
  changeRequestAudit,
  meetingAudit,
  reportAudit,
  stocktakeAudit,
  boardPackAudit,
  settingsAudit,
  signInAudit,
  invitationAudit,
  memberAudit,
  planImportAudit,
  publicSummaryAudit,
  digestAudit,
};

export const vocabulary = {
  ...planAudit,
  ...kpiAudit,
  ...riskAudit,
  ...changeRequestAudit,
  ...meetingAudit,
  ...reportAudit,
  ...stocktakeAudit,
  ...boardPackAudit,
  ...settingsAudit,
  ...signInAudit,
  ...invitationAudit,
  ...memberAudit,
  ...planImportAudit,
  ...publicSummaryAudit,
  ...digestAudit,
};

type Vocabulary = typeof vocabulary;
export type AuditKind = keyof Vocabulary & string;

/** A side the verb does not record may be left out; a side it records must be given. */
type Side<Name extends "before" | "after", S extends z.ZodType> = undefined extends z.input<S> ? { [K in Name]?: z.input<S> } : { [K in Name]: z.input<S> };

type EntryOf<Kind extends AuditKind, Verbs extends Record<string, AnyVerb>> = {
  [Verb in keyof Verbs & string]: { kind: Kind; verb: Verb; entityId: string } & Side<"before", Verbs[Verb]["before"]> & Side<"after", Verbs[Verb]["after"]>;
}[keyof Verbs & string];

/** One audit entry as a mutation writes it: a registered kind, one of its verbs, and that verb's before/after. */
export type AuditEntry = { [Kind in AuditKind]: Vocabulary[Kind] extends KindSpec<infer Verbs> ? EntryOf<Kind, Verbs> : never }[AuditKind];

/** The kind's registration, or undefined for a name the vocabulary does not know (an old row). */
export function kindOf(name: string): AnyKind | undefined {
  return Object.hasOwn(vocabulary, name) ? (vocabulary as Record<string, AnyKind>)[name] : undefined;
}
