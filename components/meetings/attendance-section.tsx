import { SpecForm } from "@/components/forms/spec-form";
import { addAttendeeAction, recordAttendanceAction, removeAttendeeAction } from "@/lib/meetings/actions";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { ATTENDANCE_KIND_LABELS, ATTENDANCE_KINDS, ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES } from "@/lib/meetings/schema";
import { displayName } from "@/lib/people/names";

type Attendee = MeetingDetail["attendees"][number];

function who(a: Attendee) {
  return [a.role, a.organisation].filter(Boolean).join(", ");
}

function List({ title, people, note }: { title: string; people: Attendee[]; note?: string }) {
  if (!people.length) return null;
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {note ? <p className="text-sm text-slate-700">{note}</p> : null}
      <ul className="mt-1 space-y-0.5">
        {people.map((a) => (
          <li key={a.id}>
            <span className="font-medium">{a.name}</span>
            {who(a) ? <span className="text-slate-700"> — {who(a)}</span> : null}
            {a.kind === "ADVISER" ? <span className="ml-1 text-sm text-slate-700">(adviser, not a member)</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Attendance as minutes print it (Devon): members present, those in
 * attendance — the DfE and NHS England advisers and the case lead among them,
 * never as members (Improvement Notice §6) — then apologies and absences.
 */
export function AttendanceSection({ meeting, slug, editable, held }: { meeting: MeetingDetail; slug: string; editable: boolean; held: boolean }) {
  const by = (kinds: Attendee["kind"][], statuses: Attendee["status"][]) => meeting.attendees.filter((a) => kinds.includes(a.kind) && statuses.includes(a.status));
  const attending: Attendee["status"][] = held ? ["PRESENT"] : ["INVITED", "PRESENT"];
  return (
    <section aria-labelledby="attendance-heading" className="space-y-3">
      <h2 id="attendance-heading" className="text-xl font-semibold">
        {held ? "Attendance" : "Invited"}
      </h2>
      {meeting.attendees.length === 0 ? <p className="text-slate-700">Nobody has been invited yet.</p> : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <List title={held ? "Members present" : "Members"} people={by(["MEMBER"], attending)} />
        <List title="In attendance" note="Not members of the board." people={by(["IN_ATTENDANCE", "ADVISER"], attending)} />
        <List title="Apologies" people={by(["MEMBER", "IN_ATTENDANCE", "ADVISER"], ["APOLOGIES"])} />
        <List title="Absent" people={by(["MEMBER", "IN_ATTENDANCE", "ADVISER"], ["ABSENT"])} />
        {held ? <List title="Invited, attendance not recorded" people={by(["MEMBER", "IN_ATTENDANCE", "ADVISER"], ["INVITED"])} /> : null}
      </div>
      {editable ? (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {meeting.attendees.length ? (
            <SpecForm
              summary="Mark attendance"
              action={recordAttendanceAction}
              slug={slug}
              id="attendance"
              submitLabel="Save attendance"
              fields={[
                { kind: "hidden", name: "meetingId", value: meeting.id },
                { kind: "hidden", name: "version", value: String(meeting.version) },
                ...meeting.attendees.map((a) => ({
                  kind: "radio" as const,
                  name: `status-${a.id}`,
                  label: displayName(a.name, who(a)),
                  inline: true,
                  defaultValue: a.status,
                  options: ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_STATUS_LABELS[s] })),
                })),
              ]}
            />
          ) : null}
          <SpecForm
            summary="Add someone"
            action={addAttendeeAction}
            slug={slug}
            id="add-attendee"
            submitLabel="Add to the attendance"
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              { kind: "text", name: "name", label: "Name" },
              { kind: "text", name: "role", label: "Role", hint: "For example: NHS England Advisor." },
              { kind: "text", name: "organisation", label: "Organisation" },
              {
                kind: "radio",
                name: "kind",
                label: "Attends as",
                hint: "DfE and NHS England advisers and the case lead attend as external attendees, not members.",
                options: ATTENDANCE_KINDS.map((k) => ({ value: k, label: ATTENDANCE_KIND_LABELS[k] })),
              },
              {
                kind: "select",
                name: "status",
                label: "Attendance",
                defaultValue: "INVITED",
                options: ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_STATUS_LABELS[s] })),
              },
            ]}
          />
          {meeting.attendees.length ? (
            <SpecForm
              summary="Remove someone"
              action={removeAttendeeAction}
              slug={slug}
              id="remove-attendee"
              submitLabel="Remove from the attendance"
              variant="secondary"
              fields={[
                { kind: "hidden", name: "meetingId", value: meeting.id },
                {
                  kind: "select",
                  name: "attendeeId",
                  label: "Who",
                  placeholder: "Choose a person",
                  options: meeting.attendees.map((a) => ({ value: a.id, label: a.name })),
                },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
