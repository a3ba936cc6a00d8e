// The public page's content shaped for reading: pure (no I/O), so the page
// and the feed read the same words, and a unit test can build one.
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { formatKpiValue } from "@/lib/kpis/compute";
import { statusLabels } from "@/lib/plan/status";
import { attendeesByRole, firstUseExpander, kpiSentence, lastUpdated } from "./compute";
import { anchorOf, publicFeedPath, publicPagePath } from "./paths";
import type { PublicPageContent } from "./queries";
import { STATUS_MEANING, WORDS } from "./words";

const UNIT_SUFFIX = { PERCENT: "%", COUNT: "", WEEKS: " weeks", DAYS: " days", RATE: "" } as const;

export function shapePublicPage({ partnership, summaries, feedback, kpis, meetings }: PublicPageContent) {
  const say = firstUseExpander();
  const labels = statusLabels(partnership.statusLabels);
  const intro = WORDS.intro.map(say);
  const areas = [...summaries]
    .sort((a, b) => a.priorityArea.position - b.priorityArea.position || a.priorityArea.code.localeCompare(b.priorityArea.code))
    .map((summary) => ({
      id: summary.id,
      anchor: anchorOf.summary(summary.priorityArea.code),
      title: say(summary.priorityArea.title),
      doing: say(summary.whatWeAreDoing),
      changed: say(summary.whatHasChanged),
      next: say(summary.whatIsNext),
      status: summary.statusAtApproval && { label: labels[summary.statusAtApproval], meaning: STATUS_MEANING[summary.statusAtApproval] },
      approvedAt: summary.approvedAt!,
      checkedOn: formatUkDate(summary.approvedAt),
      illustrative: summary.illustrative,
    }));
  const said = feedback.map((item) => ({
    id: item.id,
    anchor: anchorOf.feedback(item.id),
    said: say(item.title),
    did: item.text ? say(item.text) : "",
    publicAt: item.publicAt!,
    illustrative: item.provenance?.startsWith("Illustrative") ?? false,
  }));
  const figures = kpis.map((kpi) => {
    const name = say(kpi.name);
    const values = kpi.values.map((v) => ({ period: v.period, value: v.value }));
    return {
      code: kpi.code,
      anchor: anchorOf.kpi(kpi.code),
      name,
      definition: say(kpi.definition),
      sentence: kpiSentence({ name, unit: kpi.unit, direction: kpi.direction, values }),
      unitSuffix: UNIT_SUFFIX[kpi.unit],
      rows: kpi.values.map((v) => ({ t: v.period.getTime(), month: formatUkMonth(v.period), value: v.value, text: formatKpiValue(v.value, kpi.unit) })),
      latestAt: lastUpdated(kpi.values.map((v) => v.enteredAt)),
    };
  });
  const minutes = meetings.map((meeting) => ({
    id: meeting.id,
    anchor: anchorOf.minutes(meeting.id),
    title: say(meeting.title),
    board: say(meeting.board.name),
    date: formatUkDate(meeting.date),
    publishedAt: meeting.publishedAt!,
    minutes: meeting.minutes ? say(meeting.minutes) : "",
    attendees: attendeesByRole(meeting.attendees).map(say),
    illustrative: meeting.illustrative,
  }));
  const updated = lastUpdated([...areas.map((a) => a.approvedAt), ...said.map((f) => f.publicAt), ...figures.map((k) => k.latestAt), ...minutes.map((m) => m.publishedAt)]);
  return {
    slug: partnership.slug,
    name: partnership.name,
    path: publicPagePath(partnership.slug),
    feedPath: publicFeedPath(partnership.slug),
    contactEmail: partnership.contactEmail,
    intro,
    updated,
    updatedOn: updated ? formatUkDate(updated) : null,
    areas,
    said,
    figures,
    minutes,
  };
}

export type PublicPage = ReturnType<typeof shapePublicPage>;
