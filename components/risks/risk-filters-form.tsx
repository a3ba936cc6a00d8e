import Link from "next/link";
import { DEFAULT_BANDS } from "@/lib/risks/compute";
import { hasRiskFilters, type RiskFilters } from "@/lib/risks/filters";

type Option = { value: string; label: string };

function Select({ name, label, value, options, any = "Any" }: { name: string; label: string; value?: string; options: Option[]; any?: string | null }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5">
        {any !== null ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters land in the URL, so a filtered register can be shared and exported. */
export function RiskFiltersForm({ slug, filters, areas, owners }: { slug: string; filters: RiskFilters; areas: Option[]; owners: string[] }) {
  return (
    <form method="get" action={`/p/${slug}/risks`} aria-label="Filter the register" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {filters.basis !== "current" ? <input type="hidden" name="basis" value={filters.basis} /> : null}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
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
          <Link href={`/p/${slug}/risks${filters.basis !== "current" ? `?basis=${filters.basis}` : ""}`} className="text-blue-800 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
