import { SpecForm } from "@/components/forms/spec-form";
import { toIsoDate } from "@/lib/dates/format";
import { changeMeetingStateAction, updateMeetingAction } from "@/lib/meetings/actions";
import { availableTransitions, canPrepare } from "@/lib/meetings/compute";
import type { MeetingDetail } from "@/lib/meetings/queries";

/** The chair's controls: move the meeting on (re-opening and cancelling ask why), and correct its details. */
export function MeetingControls({ meeting, slug }: { meeting: MeetingDetail; slug: string }) {
  const moves = availableTransitions(meeting.state);
  const time = meeting.date.toISOString().slice(11, 16);
  return (
    <div className="flex flex-wrap items-start gap-4">
      {moves.map((move) =>
        move.needsReason ? (
          <SpecForm
            key={move.transition}
            summary={move.label}
            action={changeMeetingStateAction}
            slug={slug}
            id={`move-${move.transition}`}
            submitLabel={move.label}
            variant="secondary"
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              { kind: "hidden", name: "version", value: String(meeting.version) },
              { kind: "hidden", name: "transition", value: move.transition },
              { kind: "textarea", name: "reason", label: move.transition === "reopen" ? "Why re-open it? (logged)" : "Why is it cancelled?", rows: 2 },
            ]}
          />
        ) : (
          <SpecForm
            key={move.transition}
            action={changeMeetingStateAction}
            slug={slug}
            id={`move-${move.transition}`}
            submitLabel={move.label}
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              { kind: "hidden", name: "version", value: String(meeting.version) },
              { kind: "hidden", name: "transition", value: move.transition },
            ]}
          />
        ),
      )}
      {canPrepare(meeting.state) ? (
        <SpecForm
          summary="Edit the meeting's details"
          action={updateMeetingAction}
          slug={slug}
          id="meeting-details"
          submitLabel="Save details"
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "hidden", name: "version", value: String(meeting.version) },
            { kind: "text", name: "title", label: "Title", defaultValue: meeting.title },
            { kind: "date", name: "date", label: "Date", width: "short", defaultValue: toIsoDate(meeting.date) },
            { kind: "time", name: "time", label: "Start time", width: "short", defaultValue: time },
            { kind: "number", name: "durationMinutes", label: "Length in minutes", width: "short", defaultValue: meeting.durationMinutes?.toString() },
            { kind: "text", name: "location", label: "Where", defaultValue: meeting.location ?? undefined },
          ]}
        />
      ) : null}
    </div>
  );
}
