/**
 * What stops the import, at the top of the page, each linking to where it is
 * fixed (GOV.UK's error summary): a column's choice, or a row of the preview.
 * Marked by its words ("There is a problem"), not by colour alone.
 */
export function ErrorSummary({ items, more = 0 }: { items: readonly { href: string; text: string }[]; more?: number }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="import-error-summary" className="rounded-md border-2 border-red-700 bg-white p-4" data-testid="import-error-summary">
      <h2 id="import-error-summary" className="text-lg font-semibold text-red-900">
        There is a problem
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={`${item.href} ${item.text}`}>
            <a href={item.href} className="font-medium text-red-900 underline underline-offset-2">
              {item.text}
            </a>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-2 text-sm text-slate-800">And {more} more: each is marked “Error:” in the preview below.</p> : null}
    </section>
  );
}
