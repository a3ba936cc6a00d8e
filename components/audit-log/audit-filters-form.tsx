import Link from "next/link";
import { SelectField, TextField } from "@/components/forms/fields";
import { auditLogPath } from "@/lib/audit-log/paths";
import type { AuditFilterErrors, AuditFilterInput } from "@/lib/audit-log/schema";

type Option = { value: string; label: string };

/**
 * A plain GET form: the filters land in the URL, so a filtered log can be
 * shared and downloaded, and the form works without JavaScript (it is only
 * navigation). A refused value stays in its field with its message beside it.
 */
export function AuditFiltersForm({
  slug,
  input,
  errors,
  options,
  clearHref,
}: {
  slug: string;
  input: AuditFilterInput;
  errors: AuditFilterErrors;
  options: { people: Option[]; kinds: Option[]; actions: Option[] };
  clearHref: string | null;
}) {
  return (
    <form method="get" action={auditLogPath(slug)} aria-label="Filter the audit log" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField idPrefix="filter-" name="person" label="Person" placeholder="Anyone" defaultValue={input.person ?? ""} options={options.people} errors={errors.person} />
        <SelectField idPrefix="filter-" name="kind" label="Kind of item" placeholder="Any" defaultValue={input.kind ?? ""} options={options.kinds} errors={errors.kind} />
        <SelectField idPrefix="filter-" name="action" label="Action" placeholder="Any" defaultValue={input.action ?? ""} options={options.actions} errors={errors.action} />
        <TextField idPrefix="filter-" name="from" label="From" type="date" defaultValue={input.from ?? ""} errors={errors.from} min="2000-01-01" max="2100-12-31" />
        <TextField idPrefix="filter-" name="to" label="To" type="date" defaultValue={input.to ?? ""} errors={errors.to} min="2000-01-01" max="2100-12-31" />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">
          Apply filters
        </button>
        {clearHref ? (
          <Link prefetch={false} href={clearHref} className="text-blue-800 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
