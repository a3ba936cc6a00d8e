import type { ReactNode } from "react";
import Link from "next/link";
import type { AuditLogPage } from "@/lib/audit-log/view";
import { AuditFiltersForm } from "./audit-filters-form";
import { AuditTable } from "./audit-table";

/**
 * The audit log page's body, as the page (app/p/[slug]/audit) and its kept
 * copy (app/audit-render) both draw it. `downloads` is the page's download
 * links, which the page names itself (tests/exports-access.test.ts pairs the
 * register with the page that offers it).
 */
export function AuditLogScreen({ page, downloads }: { page: AuditLogPage; downloads: ReactNode }) {
  const filtered = page.filtersInWords.length > 0;
  const heading = filtered ? `Entries: ${page.filtersInWords.join("; ")}` : "Every entry";
  const link = "text-blue-800 underline underline-offset-2";
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Audit log</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Every change made in {page.partnershipName}, newest first, in the words of the moment it was made: who did it, to which item, and what it was before and after. Entries
          are never changed or deleted.
        </p>
      </header>

      <AuditFiltersForm slug={page.slug} input={page.input} errors={page.errors} options={page.options} clearHref={page.clearHref} />

      <section aria-labelledby="entries-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="entries-heading" className="text-lg font-semibold text-slate-900">
            {heading}
          </h2>
          {downloads}
        </div>
        {!page.valid ? (
          <p className="rounded-md border border-slate-300 bg-white p-4" role="status">
            Nothing is listed until the filters above are put right.
          </p>
        ) : page.rows.length === 0 ? (
          <p className="rounded-md border border-slate-300 bg-white p-4">{filtered ? "No entries match these filters." : "No entries on this page."}</p>
        ) : (
          <AuditTable rows={page.rows} caption={`Audit log: ${filtered ? page.filtersInWords.join("; ") : "every entry"}, newest first`} />
        )}
        {page.newerHref || page.olderHref || page.newestHref ? (
          <nav aria-label="Pages of the audit log" className="flex flex-wrap gap-x-6 gap-y-2">
            {page.newestHref ? (
              <Link prefetch={false} href={page.newestHref} className={link}>
                Newest entries
              </Link>
            ) : null}
            {page.newerHref ? (
              <Link prefetch={false} href={page.newerHref} className={link}>
                <span aria-hidden="true">← </span>Newer entries
              </Link>
            ) : null}
            {page.olderHref ? (
              <Link prefetch={false} href={page.olderHref} className={link}>
                Older entries<span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
