import type { PublicPage } from "@/lib/public-page/shape";
import { WORDS } from "@/lib/public-page/words";
import { Illustrative, SectionHeading } from "./plan-sections";

/** The newest minutes are open on the page; older ones are folded under one line (open without JavaScript too). */
const OPEN_MINUTES = 3;

type Meeting = PublicPage["minutes"][number];

function MeetingNotes({ meeting }: { meeting: Meeting }) {
  return (
    <article id={meeting.anchor} aria-labelledby={`${meeting.anchor}-title`} className="mt-6 rounded border border-slate-300 p-4">
      <h3 id={`${meeting.anchor}-title`} className="text-xl font-bold">
        {meeting.board}: {meeting.date}
      </h3>
      {meeting.title !== meeting.board && <p className="text-slate-700">{meeting.title}</p>}
      {meeting.illustrative && <Illustrative />}
      {meeting.minutes && <div className="mt-3 text-base whitespace-pre-line">{meeting.minutes}</div>}
      {meeting.attendees.length > 0 && (
        <details className="mt-3 text-base">
          <summary className="cursor-pointer font-semibold text-blue-800 underline">
            {WORDS.minutes.who} ({meeting.attendees.length})
          </summary>
          <p className="mt-1 text-slate-700">{WORDS.minutes.whoWhy}</p>
          <ul className="mt-1 list-disc pl-6">
            {meeting.attendees.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** Published minutes of board meetings: who came by role only, never by name. */
export function MinutesSection({ id, minutes }: { id: string; minutes: PublicPage["minutes"] }) {
  const older = minutes.slice(OPEN_MINUTES);
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} heading={WORDS.minutes.heading} intro={WORDS.minutes.intro} />
      {minutes.length === 0 && <p className="mt-4">{WORDS.minutes.none}</p>}
      {minutes.slice(0, OPEN_MINUTES).map((meeting) => (
        <MeetingNotes key={meeting.id} meeting={meeting} />
      ))}
      {older.length > 0 && (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold text-blue-800 underline">
            {WORDS.minutes.older} ({older.length})
          </summary>
          {older.map((meeting) => (
            <MeetingNotes key={meeting.id} meeting={meeting} />
          ))}
        </details>
      )}
    </section>
  );
}
