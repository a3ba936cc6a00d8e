import { SpecForm } from "@/components/forms/spec-form";
import { formatUkDate } from "@/lib/dates/format";
import { addDecisionAction, moveAgendaItemAction, removeDecisionAction, saveAgendaItemAction } from "@/lib/meetings/actions";
import { agendaTiming } from "@/lib/meetings/compute";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/meetings/schema";

const KIND_STYLE = {
  INFORMATION: "border-slate-500",
  DECISION: "border-blue-800",
  ACTION: "border-amber-600",
} as const;

/**
 * The agenda, and under each item what was said and its typed outcomes
 * (noted / decision / action), numbered as board papers number them.
 */
export function AgendaSection({ meeting, slug, preparable, recording }: { meeting: MeetingDetail; slug: string; preparable: boolean; recording: boolean }) {
  const timing = agendaTiming(meeting.agendaItems, meeting.durationMinutes);
  return (
    <section aria-labelledby="agenda-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="agenda-heading" className="text-xl font-semibold">
          Agenda and minutes by item
        </h2>
        {meeting.agendaItems.length ? (
          <p className="text-sm text-slate-700">
            {timing.total} minutes of items{meeting.durationMinutes ? ` in a ${meeting.durationMinutes}-minute meeting` : ""}
            {timing.overrun ? <strong className="ml-1 text-red-800">— runs {timing.overrun} minutes over</strong> : null}
          </p>
        ) : null}
      </div>
      {meeting.agendaItems.length === 0 ? <p className="text-slate-700">No agenda yet.</p> : null}
      <ol className="space-y-4">
        {meeting.agendaItems.map((item, index) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="agenda-item">
            <h3 className="text-lg font-semibold">
              <span className="mr-2 tabular-nums">{index + 1}.</span>
              {item.title}
            </h3>
            <p className="text-sm text-slate-700">
              {[item.presenter ? `Presented by ${item.presenter}` : null, item.durationMinutes ? `${item.durationMinutes} minutes` : null].filter(Boolean).join(" · ")}
            </p>
            {item.notes ? <p className="mt-2 whitespace-pre-line text-slate-900">{item.notes}</p> : null}
            {item.decisions.length ? (
              <ul className="mt-3 space-y-2">
                {item.decisions.map((d) => (
                  <li key={d.id} className={`border-l-4 pl-3 ${KIND_STYLE[d.kind]}`} data-outcome-kind={d.kind}>
                    <span className="font-semibold">{DECISION_KIND_LABELS[d.kind]}:</span> {d.text}
                    {d.kind === "ACTION" && (d.owner || d.dueDate) ? (
                      <span className="text-slate-700"> ({[d.owner, d.dueDate ? `by ${formatUkDate(d.dueDate)}` : null].filter(Boolean).join(", ")})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {preparable ? (
              <div className="mt-2 grid grid-cols-1 gap-x-6 md:grid-cols-2">
                <SpecForm
                  summary={
                    <>
                      Edit item {index + 1}
                      <span className="sr-only">: {item.title}</span>
                    </>
                  }
                  action={saveAgendaItemAction}
                  slug={slug}
                  id={`item-${item.id}`}
                  submitLabel="Save item"
                  fields={[
                    { kind: "hidden", name: "meetingId", value: meeting.id },
                    { kind: "hidden", name: "itemId", value: item.id },
                    { kind: "hidden", name: "version", value: String(item.version) },
                    { kind: "text", name: "title", label: "Title", defaultValue: item.title },
                    { kind: "text", name: "presenter", label: "Presenter", defaultValue: item.presenter ?? undefined },
                    { kind: "number", name: "durationMinutes", label: "Minutes", width: "short", defaultValue: item.durationMinutes?.toString() },
                    ...(recording
                      ? [
                          {
                            kind: "textarea" as const,
                            name: "notes",
                            label: "What was said",
                            hint: "As it will read in the minutes.",
                            defaultValue: item.notes ?? undefined,
                            rows: 5,
                          },
                        ]
                      : []),
                  ]}
                />
                {recording ? (
                  <SpecForm
                    summary={
                      <>
                        Record an outcome<span className="sr-only"> of item {index + 1}</span>
                      </>
                    }
                    action={addDecisionAction}
                    slug={slug}
                    id={`outcome-${item.id}`}
                    submitLabel="Record outcome"
                    fields={[
                      { kind: "hidden", name: "meetingId", value: meeting.id },
                      { kind: "hidden", name: "agendaItemId", value: item.id },
                      {
                        kind: "radio",
                        name: "kind",
                        label: "Outcome",
                        inline: true,
                        defaultValue: "DECISION",
                        options: DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_LABELS[k] })),
                      },
                      { kind: "textarea", name: "text", label: "What was noted, decided or agreed" },
                      { kind: "text", name: "owner", label: "Owner (actions)" },
                      { kind: "date", name: "dueDate", label: "By when (actions)", width: "short" },
                    ]}
                  />
                ) : null}
                {recording && item.decisions.length ? (
                  <SpecForm
                    summary={
                      <>
                        Remove an outcome<span className="sr-only"> of item {index + 1}</span>
                      </>
                    }
                    action={removeDecisionAction}
                    slug={slug}
                    id={`remove-outcome-${item.id}`}
                    submitLabel="Remove outcome"
                    variant="secondary"
                    fields={[
                      { kind: "hidden", name: "meetingId", value: meeting.id },
                      {
                        kind: "select",
                        name: "decisionId",
                        label: "Outcome",
                        placeholder: "Choose an outcome",
                        options: item.decisions.map((d) => ({ value: d.id, label: `${DECISION_KIND_LABELS[d.kind]}: ${d.text.slice(0, 80)}` })),
                      },
                    ]}
                  />
                ) : null}
                <SpecForm
                  summary={
                    <>
                      Move or remove item {index + 1}
                      <span className="sr-only">: {item.title}</span>
                    </>
                  }
                  action={moveAgendaItemAction}
                  slug={slug}
                  id={`move-${item.id}`}
                  submitLabel="Apply"
                  variant="secondary"
                  fields={[
                    { kind: "hidden", name: "meetingId", value: meeting.id },
                    { kind: "hidden", name: "itemId", value: item.id },
                    {
                      kind: "radio",
                      name: "direction",
                      label: "Move",
                      inline: true,
                      options: [
                        { value: "up", label: "Up one" },
                        { value: "down", label: "Down one" },
                        { value: "remove", label: "Take off the agenda (with its outcomes)" },
                      ],
                    },
                  ]}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {preparable ? (
        <SpecForm
          summary="Add an agenda item"
          action={saveAgendaItemAction}
          slug={slug}
          id="new-item"
          submitLabel="Add to the agenda"
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "text", name: "title", label: "Title" },
            { kind: "text", name: "presenter", label: "Presenter" },
            { kind: "number", name: "durationMinutes", label: "Minutes", width: "short" },
          ]}
        />
      ) : null}
    </section>
  );
}
