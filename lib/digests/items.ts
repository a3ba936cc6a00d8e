// What a member owes, as the digest's items: one sentence each and the
// absolute link to where it is done. Pure: the rows come from the pages'
// own loaders and rules (My updates, the change request queue, the
// invitations), so the digest never re-derives what is owed.
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { changeRequestsPath } from "@/lib/changes/paths";
import { formatUkDate } from "@/lib/dates/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { membersPath } from "@/lib/members/paths";
import type { MyUpdates } from "@/lib/plan/my-updates";
import { actionPath } from "@/lib/plan/paths";
import { owedVerb, type OwedReport } from "@/lib/reports/compute";
import { reportEditPath } from "@/lib/reports/paths";
import { periodLabel } from "@/lib/reports/period";
import { riskPath } from "@/lib/risks/paths";
import { sectionInWords } from "@/lib/stocktakes/labels";
import { sectionPath } from "@/lib/stocktakes/paths";
import type { DigestItem } from "./render";

export type OwedInputs = {
  updates: MyUpdates | null;
  owedReports: readonly OwedReport[];
  risksDue: readonly { id: string; code: string; title: string; nextReviewDate: Date | null }[];
  sections: readonly { id: string; stocktakeId: string; kind: string; priorityArea: { code: string } | null; stocktake: { title: string } }[];
  changeRequests: readonly { action: { code: string; title: string } | null; milestone: { text: string } | null; requestedByName: string; createdAt: Date }[];
  invitations: readonly { email: string; role: Role; expiresAt: Date }[];
};

/** A title as it ends a clause: without its own full stop ("…sufficiency strategy.: Last updated"). */
const clause = (title: string) => title.trim().replace(/\.$/, "");

/** Every item, in the digest's order; `absolute` turns an app path into a link that works from an inbox. */
export function owedItems(slug: string, owed: OwedInputs, absolute: (path: string) => string): DigestItem[] {
  const actions = owed.updates?.groups.flatMap((g) => g.windows.flatMap((w) => w.items)) ?? [];
  return [
    ...actions.map((a): DigestItem => ({
      section: "updates",
      text: `Update ${a.code} ${clause(a.title)}: ${a.reasons.map((r) => r.text).join("; ")}`,
      href: absolute(actionPath(slug, a.id)),
    })),
    ...actions.flatMap((a) =>
      a.overdue.map((m): DigestItem => ({
        section: "milestones",
        text: `Record whether ${a.code}’s milestone “${m.text}”, due ${m.due}, was met`,
        href: absolute(actionPath(slug, a.id)),
      })),
    ),
    ...owed.risksDue.map((r): DigestItem => ({
      section: "risks",
      text: `Review risk ${r.code} ${clause(r.title)}${r.nextReviewDate ? `: review due ${formatUkDate(r.nextReviewDate)}` : ""}`,
      href: absolute(riskPath(slug, r.id)),
    })),
    ...owed.owedReports.map((o): DigestItem => ({
      section: "reports",
      text: `${owedVerb(o.report)} the ${o.code} highlight report for ${periodLabel(o.period)}: due ${formatUkDate(o.dueDate)}${o.overdue ? " (overdue)" : ""}`,
      href: absolute(reportEditPath(slug, o.code, o.period)),
    })),
    ...owed.sections.map((s): DigestItem => ({
      section: "stocktakes",
      text: `Write the ${sectionInWords(s.kind, s.priorityArea?.code)} section of ${s.stocktake.title}`,
      href: absolute(sectionPath(slug, s.stocktakeId, s.id)),
    })),
    ...owed.changeRequests.map((c): DigestItem => ({
      section: "changes",
      text: `Decide the change request for ${c.action ? `${c.action.code} ${c.action.title}` : `the milestone “${c.milestone?.text ?? ""}”`}, raised by ${c.requestedByName} on ${formatUkDate(c.createdAt)}`,
      href: absolute(changeRequestsPath(slug)),
    })),
    ...owed.invitations.map((i): DigestItem => ({
      section: "invitations",
      text: `${i.email} has not yet accepted their invitation as ${ROLE_LABELS[i.role]}: it expires ${formatUkDate(i.expiresAt)}`,
      href: absolute(membersPath(slug)),
    })),
  ];
}
