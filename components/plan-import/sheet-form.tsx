import { SelectField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/**
 * Step 1, for a workbook of several sheets: which one holds the plan. A GET
 * form: choosing a sheet starts its columns afresh, so nothing else is carried.
 */
export function SheetForm({ action, sheets, sheet }: { action: string; sheets: readonly string[]; sheet: string }) {
  return (
    <section aria-labelledby="step-sheet" className="space-y-3">
      <h2 id="step-sheet" className="text-lg font-semibold text-slate-900">
        1. Sheet
      </h2>
      <form method="get" action={action} className="flex max-w-xl flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <SelectField
            idPrefix="import-"
            name="sheet"
            label="Sheet that holds the plan"
            hint={`The workbook has ${sheets.length} sheets with data.`}
            options={sheets.map((name) => ({ value: name, label: name }))}
            defaultValue={sheet}
          />
        </div>
        <Button type="submit" variant="secondary">
          Use this sheet
        </Button>
      </form>
    </section>
  );
}
