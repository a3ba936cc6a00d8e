import type { PublicPage } from "@/lib/public-page/view";
import { WORDS } from "@/lib/public-page/words";
import { Illustrative, SectionHeading } from "./plan-sections";

/** Published minutes of board meetings: who came by role only, never by name. */
export function MinutesSection({ id, minutes }: { id: string; minutes: PublicPage["minutes"] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} heading={WORDS.minutes.heading} intro={WORDS.minutes.intro} />
      {minutes.length === 0 && <p className="mt-4">{WORDS.minutes.none}</p>}
      {minutes.map((meeting) => (
        <article key={meeting.id} id={meeting.anchor} aria-labelledby={`${meeting.anchor}-title`} className="mt-6 rounded border border-slate-300 p-4">
          <h3 id={`${meeting.anchor}-title`} className="text-xl font-bold">
            {meeting.board}: {meeting.date}
          </h3>
          {meeting.title !== meeting.board && <p className="text-slate-700">{meeting.title}</p>}
          {meeting.illustrative && <Illustrative />}
          {meeting.attendees.length > 0 && (
            <>
              <h4 className="mt-3 font-semibold">{WORDS.minutes.who}</h4>
              <p className="text-base text-slate-700">{WORDS.minutes.whoWhy}</p>
              <ul className="mt-1 list-disc pl-6 text-base">
                {meeting.attendees.map((role) => (
                  <li key={role}>{role}</li>
                ))}
              </ul>
            </>
          )}
          {meeting.minutes && <div className="mt-3 whitespace-pre-line text-base">{meeting.minutes}</div>}
        </article>
      ))}
    </section>
  );
}
