import type { ReactNode } from "react";

/** One section of the settings page: a heading, what it drives in a sentence or two, and its own form. */
export function SettingsSection({ id, title, intro, children }: { id: string; title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-1 space-y-2 text-slate-800">{intro}</div>
      <div className="mt-4">{children}</div>
    </section>
  );
}
