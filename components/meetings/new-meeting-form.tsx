import { SpecForm } from "@/components/forms/spec-form";
import { createMeetingAction } from "@/lib/meetings/actions";

/** Schedules a meeting of a board (chosen when there is more than one), as a draft, with the standing items unless left out. */
export function NewMeetingForm({ slug, boards, defaults }: { slug: string; boards: { id: string; name: string }[]; defaults: { boardId?: string; title?: string; date: string } }) {
  return (
    <section aria-labelledby="new-meeting-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="new-meeting-heading" className="text-lg font-semibold">
        Schedule a meeting
      </h2>
      <p className="text-sm text-slate-700">
        Everyone invited to the board&apos;s last meeting is invited again, the DfE and NHS England advisers included (Improvement Notice §6).
      </p>
      <SpecForm
        summary="New meeting"
        action={createMeetingAction}
        slug={slug}
        id="new-meeting"
        submitLabel="Create the meeting"
        fields={[
          boards.length > 1
            ? { kind: "select", name: "boardId", label: "Board", options: boards.map((b) => ({ value: b.id, label: b.name })), defaultValue: defaults.boardId }
            : { kind: "hidden", name: "boardId", value: defaults.boardId ?? "" },
          { kind: "text", name: "title", label: "Title", defaultValue: defaults.title },
          { kind: "date", name: "date", label: "Date", width: "short", defaultValue: defaults.date },
          { kind: "time", name: "time", label: "Start time", width: "short", defaultValue: "10:00" },
          { kind: "number", name: "durationMinutes", label: "Length in minutes", width: "short", defaultValue: "120" },
          { kind: "text", name: "location", label: "Where", hint: "A room, online, or both." },
          {
            kind: "checkboxes",
            name: "standingItems",
            label: "Agenda",
            options: [
              {
                value: "1",
                label: "Start with the standing items (apologies, last minutes and actions, dashboard, highlight reports, risk register, AOB)",
              },
            ],
            defaultValue: "1",
          },
        ]}
      />
    </section>
  );
}
