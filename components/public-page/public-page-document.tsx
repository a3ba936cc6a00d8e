import type { PublicPage } from "@/lib/public-page/view";
import { WORDS } from "@/lib/public-page/words";
import { FamiliesSection, PlanSection } from "./plan-sections";
import { MinutesSection } from "./minutes-section";
import { ProgressSection } from "./progress-section";

// The public page for parents and carers. It has no app chrome and links
// nowhere into the signed-in app: its own sections, the contact email, its feed.
export function PublicPageDocument({ page }: { page: PublicPage }) {
  const sections = [
    { id: "what-we-will-do", heading: WORDS.plan.heading },
    { id: "what-families-told-us", heading: WORDS.families.heading },
    { id: "progress-so-far", heading: WORDS.progress.heading },
    { id: "board-meetings", heading: WORDS.minutes.heading },
  ];
  return (
    <div className="bg-white text-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-yellow-300 focus:p-2">
        Skip to the page
      </a>
      <header className="border-b-4 border-blue-900 bg-slate-50 print:bg-white">
        <div className="mx-auto max-w-3xl px-4 py-6">
          <p className="text-lg font-semibold text-blue-900">{page.name}</p>
          <h1 className="mt-1 text-3xl font-bold">{WORDS.heading}</h1>
          {page.updatedOn && (
            <p className="mt-2 text-slate-700">
              {WORDS.updated}: <time dateTime={page.updated!.toISOString().slice(0, 10)}>{page.updatedOn}</time>
            </p>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 text-lg leading-relaxed">
        <div className="space-y-2">
          {page.intro.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <nav aria-label={WORDS.jump} className="mt-6 rounded border border-slate-300 p-4 print:hidden">
          <h2 className="text-base font-semibold">{WORDS.jump}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {sections.map((section) => (
              <li key={section.id}>
                <a className="text-blue-800 underline" href={`#${section.id}`}>
                  {section.heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <PlanSection id="what-we-will-do" areas={page.areas} />
        <FamiliesSection id="what-families-told-us" said={page.said} />
        <ProgressSection id="progress-so-far" figures={page.figures} />
        <MinutesSection id="board-meetings" minutes={page.minutes} />
        <section aria-labelledby="contact" className="mt-10 border-t border-slate-300 pt-6">
          <h2 id="contact" className="text-2xl font-bold">
            {WORDS.contact.heading}
          </h2>
          {page.contactEmail ? (
            <p className="mt-2">
              {WORDS.contact.email}{" "}
              <a className="text-blue-800 underline" href={`mailto:${page.contactEmail}`}>
                {page.contactEmail}
              </a>
              .
            </p>
          ) : (
            <p className="mt-2">{WORDS.contact.noEmail}</p>
          )}
        </section>
        <section aria-labelledby="follow" className="mt-8 print:hidden">
          <h2 id="follow" className="text-2xl font-bold">
            {WORDS.follow.heading}
          </h2>
          <p className="mt-2">
            {WORDS.follow.text}{" "}
            <a className="text-blue-800 underline" href={page.feedPath} type="application/atom+xml">
              {WORDS.follow.link}
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
