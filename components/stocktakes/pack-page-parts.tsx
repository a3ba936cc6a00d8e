// The parts of the stocktake page around the pack: choosing which earlier
// pack to compare with (a plain GET form, so it works without JavaScript),
// what a draft still needs before it can be published, and the links to
// each section's editor; the way back from a stocktake's own pages.
import Link from "next/link";
import { SelectField } from "@/components/forms/fields";

export function CompareForm({ action, earlier, comparedWith }: { action: string; earlier: { id: string; title: string }[]; comparedWith: string | null }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <SelectField name="compare" label="Compare with" defaultValue={comparedWith ?? undefined} options={earlier.map((e) => ({ value: e.id, label: e.title }))} />
      <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100">
        Compare
      </button>
    </form>
  );
}

export function DraftChecklist({ problems }: { problems: { message: string; href: string | null }[] }) {
  if (problems.length === 0) {
    return (
      <p className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
        <span aria-hidden="true">✓ </span>Every section is written and every next step of the last stocktake has a response: the programme office can publish it.
      </p>
    );
  }
  return (
    <div>
      <p className="font-medium text-slate-900">Still needed before it can be published ({problems.length}):</p>
      <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="publish-checklist">
        {problems.map((p) => (
          <li key={p.message}>
            {p.href ? (
              <Link prefetch={false} href={p.href} className="text-blue-800 underline underline-offset-2">
                {p.message}
              </Link>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EditSectionLink({ href, name }: { href: string; name: string }) {
  return (
    <p className="no-print mt-2">
      <Link prefetch={false} href={href} className="inline-block rounded-md border border-blue-800 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50">
        Edit {name}
      </Link>
    </p>
  );
}

/** Stocktakes › the stocktake › this page. */
export function StocktakeBreadcrumb({ links, title, current }: { links: { stocktakes: string; stocktake: string }; title: string; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link prefetch={false} href={links.stocktakes} className="text-blue-800 underline underline-offset-2">
        Stocktakes
      </Link>
      <span aria-hidden="true"> › </span>
      <Link prefetch={false} href={links.stocktake} className="text-blue-800 underline underline-offset-2">
        {title}
      </Link>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">{current}</span>
    </nav>
  );
}
