/** A table's column headers, each `scope="col"`, with an optional class (a width) for some. */
export function TableHead({ headers, cellClass }: { headers: readonly (string | { label: string; className: string })[]; cellClass: string }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {headers.map((header) => {
          const { label, className } = typeof header === "string" ? { label: header, className: "" } : header;
          return (
            <th key={label} scope="col" className={`${cellClass} ${className}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
