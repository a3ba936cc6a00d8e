import Link from "next/link";
import { planEditorPath, planPath } from "@/lib/plan/paths";

const linkClass = "text-blue-800 underline underline-offset-2";

/** Plan › Edit plan › … trail for the editor's pages. */
export function EditorBreadcrumb({ slug, trail, current }: { slug: string; trail?: { href: string; label: string }[]; current: string }) {
  const items = [{ href: planPath(slug), label: "Plan" }, { href: planEditorPath(slug), label: "Edit plan" }, ...(trail ?? [])];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700">
        {items.map((item) => (
          <li key={item.href}>
            <Link prefetch={false} href={item.href} className={linkClass}>
              {item.label}
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** "Edit" with the item's name for screen readers: "Edit action 1.1a". */
export function EditLink({ href, name }: { href: string; name: string }) {
  return (
    <Link
      prefetch={false}
      href={href}
      className="inline-flex items-center rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-blue-900 hover:bg-slate-100"
    >
      Edit<span className="sr-only"> {name}</span>
    </Link>
  );
}

/** "+ Add …" links under a list. */
export function AddLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link prefetch={false} href={href} className={`${linkClass} text-sm font-medium`}>
      <span aria-hidden="true">+ </span>
      {children}
    </Link>
  );
}

/** Archived items say so in words, not only by being greyed out. */
export function ArchivedTag({ at }: { at: string }) {
  return <span className="ml-2 inline-block rounded border border-slate-500 bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800">Archived {at}</span>;
}
