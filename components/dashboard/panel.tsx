// The dashboard's building blocks: a titled panel, a drill-down link and a
// headline tile. No hooks: they render inside the dashboard's client view.
import Link from "next/link";

export function Panel({ id, title, action, children }: { id: string; title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}

// Drill-down links are not prefetched: a dashboard has dozens, and each
// prefetch would be a server render of a filtered plan.
export function DrillLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link prefetch={false} href={href} className="text-sm font-medium text-blue-800 underline underline-offset-2">
      {children}
    </Link>
  );
}

/** A headline tile; plain text (no link) where the member cannot open the page it would lead to. */
export function Headline({ label, value, href, tone }: { label: string; value: number; href: string | null; tone: "red" | "amber" | "slate" | "blue" }) {
  const tones = { red: "border-l-red-700", amber: "border-l-amber-500", slate: "border-l-slate-500", blue: "border-l-blue-700" };
  const className = `block h-full rounded-lg border border-l-8 border-slate-200 bg-white p-4 shadow-sm ${tones[tone]}`;
  const body = (
    <>
      <span className="block text-3xl font-semibold text-slate-900">{value}</span>
      <span className="block text-sm font-medium text-slate-800">{label}</span>
    </>
  );
  return href ? (
    <Link prefetch={false} href={href} className={`${className} hover:border-blue-800`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}

/** A title cut to fit a list line. */
export function clipped(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
