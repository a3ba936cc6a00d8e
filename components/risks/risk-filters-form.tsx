import Link from "next/link";
import { SelectField } from "@/components/forms/fields";
import { DEFAULT_BANDS } from "@/lib/risks/compute";
import { hasRiskFilters, type RiskFilters } from "@/lib/risks/filters";
import { risksPath } from "@/lib/risks/paths";

type Option = { value: string; label: string };

/** One filter: "Any" (or the default it names) leaves it unset. */
function Select({ name, label, value, options, any = "Any" }: { name: string; label: string; value?: string; options: Option[]; any?: string }) {
  return <SelectField idPrefix="filter-" name={name} label={label} defaultValue={value ?? ""} placeholder={any} options={options} />;
}

/** A plain GET form: the filters land in the URL, so a filtered register can be shared and exported. */
export function RiskFiltersForm({ slug, filters, areas, owners }: { slug: string; filters: RiskFilters; areas: Option[]; owners: string[] }) {
  return (
    <form method="get" action={risksPath(slug)} aria-label="Filter the register" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {filters.basis !== "current" ? <input type="hidden" name="basis" value={filters.basis} /> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Select name="area" label="Area" value={filters.area} options={areas} />
        <Select name="owner" label="Owner" value={filters.owner} options={owners.map((o) => ({ value: o, label: o }))} />
        <Select
          name="band"
          label={filters.basis === "current" ? "Score band" : `Score band (${filters.basis})`}
          value={filters.band}
          options={DEFAULT_BANDS.map((b) => ({ value: b.band, label: `${b.label} (${b.min}–${b.max})` }))}
        />
        <Select name="review" label="Review" value={filters.review} options={[{ value: "due", label: "Due or overdue" }]} />
        <Select
          name="escalated"
          label="Escalated"
          value={filters.escalated === undefined ? undefined : filters.escalated ? "1" : "0"}
          options={[
            { value: "1", label: "Escalated to the board" },
            { value: "0", label: "Not escalated" },
          ]}
        />
        <Select
          name="state"
          label="Open or closed"
          value={filters.state === "open" ? "" : filters.state}
          any="Open"
          options={[
            { value: "closed", label: "Closed" },
            { value: "all", label: "Open and closed" },
          ]}
        />
      </div>
      <div className="mt-3 flex items-center gap-4">
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">
          Apply filters
        </button>
        {hasRiskFilters(filters) ? (
          <Link prefetch={false} href={risksPath(slug, filters.basis !== "current" ? `basis=${filters.basis}` : "")} className="text-blue-800 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
