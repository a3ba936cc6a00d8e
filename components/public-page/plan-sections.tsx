import type { PublicPage } from "@/lib/public-page/view";
import { WORDS } from "@/lib/public-page/words";

export function SectionHeading({ id, heading, intro }: { id: string; heading: string; intro: string }) {
  return (
    <>
      <h2 id={id} className="mt-10 scroll-mt-4 border-t border-slate-300 pt-6 text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2">{intro}</p>
    </>
  );
}

export function Illustrative() {
  return (
    <p className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-1 text-base print:bg-white">
      <strong>{WORDS.plan.illustrative}.</strong> {WORDS.plan.illustrativeWhy}
    </p>
  );
}

/** What we will do: per priority area, its approved summary and its status in words as of approval. */
export function PlanSection({ id, areas }: { id: string; areas: PublicPage["areas"] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} heading={WORDS.plan.heading} intro={WORDS.plan.intro} />
      {areas.length === 0 && <p className="mt-4">{WORDS.plan.none}</p>}
      {areas.map((area) => (
        <article key={area.id} id={area.anchor} aria-labelledby={`${area.anchor}-title`} className="mt-6 break-inside-avoid-page rounded border border-slate-300 p-4">
          <h3 id={`${area.anchor}-title`} className="text-xl font-bold">
            {area.title}
          </h3>
          {area.illustrative && <Illustrative />}
          {area.status && (
            <p className="mt-3">
              <strong>{WORDS.plan.status}:</strong> {area.status.label}. {area.status.meaning}{" "}
              <span className="text-slate-700">
                ({WORDS.plan.checked} {area.checkedOn}.)
              </span>
            </p>
          )}
          <h4 className="mt-3 font-semibold">{WORDS.plan.doing}</h4>
          <p className="whitespace-pre-line">{area.doing}</p>
          <h4 className="mt-3 font-semibold">{WORDS.plan.changed}</h4>
          <p className="whitespace-pre-line">{area.changed}</p>
          <h4 className="mt-3 font-semibold">{WORDS.plan.next}</h4>
          <p className="whitespace-pre-line">{area.next}</p>
        </article>
      ))}
    </section>
  );
}

/** What families told us: "you said, we did". */
export function FamiliesSection({ id, said }: { id: string; said: PublicPage["said"] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} heading={WORDS.families.heading} intro={WORDS.families.intro} />
      {said.length === 0 && <p className="mt-4">{WORDS.families.none}</p>}
      <ul className="mt-4 space-y-4">
        {said.map((item) => (
          <li key={item.id} id={item.anchor} className="break-inside-avoid-page rounded border border-slate-300 p-4">
            {item.illustrative && <Illustrative />}
            <p>
              <strong>{WORDS.families.said}:</strong> {item.said}
            </p>
            {item.did && (
              <p className="mt-2">
                <strong>{WORDS.families.did}:</strong> {item.did}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
