// What the programme office and the priority leads see of the public page's
// content. Decides with access.ts, reads with queries.ts; pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate } from "@/lib/dates/format";
import { displayName } from "@/lib/people/names";
import { mayChooseKpisForPublic } from "@/lib/kpis/access";
import { anchorOf, publicPagePath } from "@/lib/public-page/paths";
import { STATUS_MEANING } from "@/lib/public-page/words";
import { settingsPath } from "@/lib/settings/paths";
import { mayApproveSummaries, mayOpenPublicPageScreen, mayShowFeedback, mayWriteSummary } from "./access";
import { readingTips, STATE_WORDS } from "./compute";
import { publicSummariesPath, publicSummaryPath } from "./paths";
import { getPublicPageState, getSummaryArea, listFeedbackChoices, listKpiChoices, listSummaryAreas, type SummaryRow } from "./queries";
import { SUMMARY_FIELDS, SUMMARY_QUESTIONS } from "./schema";

/** A summary's three answers, with their questions, in order. */
function answers(row: Pick<SummaryRow, "whatWeAreDoing" | "whatHasChanged" | "whatIsNext">) {
  return SUMMARY_FIELDS.map((field) => ({ field, label: SUMMARY_QUESTIONS[field].label, text: row[field] }));
}

/** An approved summary as the public page shows it: its answers, the status in words as of its approval, and who approved it when. */
function asPublished(member: MemberContext, row: SummaryRow | null) {
  if (!row || !row.approvedAt) return null;
  const status = row.statusAtApproval;
  return {
    id: row.id,
    answers: answers(row),
    status: status ? { label: member.labels[status], meaning: STATUS_MEANING[status] } : null,
    approved: `Approved by ${row.approvedByName ?? "the programme office"} on ${formatUkDate(row.approvedAt)}`,
    illustrative: row.illustrative,
  };
}

function asWorking(row: SummaryRow | null) {
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    state: row.state,
    stateWords: STATE_WORDS[row.state],
    answers: answers(row),
    by:
      row.submittedAt && row.state === "SUBMITTED"
        ? `Sent by ${row.authorName} on ${formatUkDate(row.submittedAt)}`
        : `Last saved by ${row.authorName} on ${formatUkDate(row.updatedAt)}`,
    returnComment: row.state === "RETURNED" ? row.returnComment : null,
  };
}

/**
 * The screen for the public page: per priority area, what the public reads
 * and the working copy (shown to whoever may write it, and to the programme
 * office, who approves or returns it); the KPIs and "you said, we did"
 * feedback with whether each is public; the page's switch as it stands.
 * Null (a 404) for members who neither write nor approve summaries.
 */
export async function getPublicPageScreen(member: MemberContext) {
  const { scope } = member;
  if (!mayOpenPublicPageScreen(scope)) return null;
  const [areas, page, kpis, feedback] = await Promise.all([
    listSummaryAreas(member.partnershipId),
    getPublicPageState(member.partnershipId),
    listKpiChoices(member.partnershipId),
    listFeedbackChoices(member.partnershipId),
  ]);
  if (!page) return null;
  const slug = member.partnership.slug;
  const approver = mayApproveSummaries(scope);
  const chooseKpis = mayChooseKpisForPublic(scope);
  // Feedback names whoever recorded it as the audit names them.
  const actor = displayName(member.user.name, member.jobTitle);
  return {
    page: {
      enabled: page.publicPageEnabled && !page.archivedAt,
      publicHref: publicPagePath(slug),
      settingsHref: approver ? settingsPath(slug) : null,
      contactEmail: page.contactEmail,
    },
    canApprove: approver,
    areas: areas.map((area) => {
      const writes = mayWriteSummary(scope, area.id);
      const working = writes || approver ? asWorking(area.working) : null;
      return {
        id: area.id,
        code: area.code,
        title: area.title,
        published: asPublished(member, area.approved),
        publicHref: `${publicPagePath(slug)}#${anchorOf.summary(area.code)}`,
        working,
        decide: approver && working?.state === "SUBMITTED" ? { summaryId: working.id, version: working.version } : null,
        write:
          writes && working?.state !== "SUBMITTED"
            ? { href: publicSummaryPath(slug, area.id), label: working ? "Edit the draft" : area.approved ? "Write a new version" : "Write a summary" }
            : null,
      };
    }),
    kpis: kpis.map((kpi) => ({ id: kpi.id, code: kpi.code, name: kpi.name, isPublic: kpi.isPublic, values: kpi._count.values, canToggle: chooseKpis })),
    feedback: feedback.map((item) => ({
      id: item.id,
      title: item.title,
      text: item.text,
      date: formatUkDate(item.date),
      by: item.createdByName,
      isPublic: item.publicAt !== null,
      canToggle: mayShowFeedback(scope, item, actor),
    })),
    backHref: publicSummariesPath(slug),
  };
}

export type PublicPageScreen = NonNullable<Awaited<ReturnType<typeof getPublicPageScreen>>>;

/**
 * One area's summary form for whoever may write it: the working copy (or,
 * for a new one, the approved text to start from), its version, and reading
 * tips for what is there; while the working copy waits for approval it is
 * not edited (`waiting`). Null (a 404) for anyone else or another
 * partnership's area.
 */
export async function getSummaryEditor(member: MemberContext, areaId: string) {
  if (!mayOpenPublicPageScreen(member.scope)) return null;
  const area = await getSummaryArea(member.partnershipId, areaId);
  if (!area || !mayWriteSummary(member.scope, area.id)) return null;
  const start = area.working ?? area.approved;
  const text = start ? answers(start) : SUMMARY_FIELDS.map((field) => ({ field, label: SUMMARY_QUESTIONS[field].label, text: "" }));
  return {
    area: { id: area.id, code: area.code, title: area.title },
    summaryId: area.working?.id ?? "",
    version: area.working?.version ?? 0,
    waiting: area.working?.state === "SUBMITTED",
    state: area.working ? STATE_WORDS[area.working.state] : null,
    returnComment: area.working?.state === "RETURNED" ? area.working.returnComment : null,
    fields: text.map((answer) => ({ ...answer, hint: SUMMARY_QUESTIONS[answer.field].hint })),
    tips: readingTips(text.map((a) => a.text).join("\n")),
    published: asPublished(member, area.approved),
    backHref: publicSummariesPath(member.partnership.slug),
  };
}

export type SummaryEditor = NonNullable<Awaited<ReturnType<typeof getSummaryEditor>>>;
