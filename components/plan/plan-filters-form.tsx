import Link from "next/link";
import { SelectField } from "@/components/forms/fields";
import { DUE_WINDOWS, hasFilters, type PlanFilters } from "@/lib/plan/filters";
import { planPath } from "@/lib/plan/paths";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";

type Option = { value: string; label: string };

/** A filter: "Any" or one value, for a plain GET form (no action state: the URL keeps the choice). */
function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: Option[] }) {
  return <SelectField idPrefix="filter-" name={name} label={label} placeholder="Any" defaultValue={value ?? ""} options={options} />;
}

/** A plain GET form: the filters land in the URL, so a filtered view can be shared. */
export function PlanFiltersForm({
  slug,
  filters,
  labels,
  options,
}: {
  slug: string;
  filters: PlanFilters;
  labels: StatusLabels;
  options: { areas: Option[]; leads: Option[]; tags: Option[] };
}) {
  const statusOptions = STATUSES.map((s) => ({ value: s, label: labels[s] }));
  return (
    <form method="get" action={planPath(slug)} aria-label="Filter the plan" className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-8">
        <Select name="area" label="Area" value={filters.area} options={options.areas} />
        <Select name="lead" label="Lead" value={filters.lead} options={options.leads} />
        <Select name="status" label="Reported status" value={filters.status} options={statusOptions} />
        <Select name="computed" label="Computed status" value={filters.computed} options={statusOptions} />
        <Select
          name="due"
          label="Due"
          value={filters.due === undefined ? undefined : String(filters.due)}
          options={[
            { value: "overdue", label: "Overdue" },
            ...DUE_WINDOWS.map((d) => ({ value: String(d), label: `Within ${d} days` })),
            { value: "tbc", label: "Date to be confirmed" },
          ]}
        />
        <Select name="tag" label="Tag" value={filters.tag} options={options.tags} />
        <Select name="conflict" label="Conflicts" value={filters.conflict ? "1" : undefined} options={[{ value: "1", label: "Only status conflicts" }]} />
        <Select name="owed" label="Updates" value={filters.owed ? "1" : undefined} options={[{ value: "1", label: "Only updates owed" }]} />
      </div>
      <div className="mt-3 flex items-center gap-4">
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">
          Apply filters
        </button>
        {hasFilters(filters) ? (
          <Link prefetch={false} href={planPath(slug)} className="text-blue-800 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
