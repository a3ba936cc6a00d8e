"use client";

import { useActionState, useId, useRef, useState } from "react";
import { TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ActionResult } from "@/lib/actions/result";
import { importKpiValuesAction, type ImportPreview } from "@/lib/kpis/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

type State = ActionResult<{ preview?: ImportPreview; saved?: number }> | null;

/** Paste two columns (or load a CSV), preview every row with its problems, then confirm: all rows or none. */
export function KpiImportForm({ slug, kpiId, unit }: { slug: string; kpiId: string; unit: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(importKpiValuesAction, null);
  // Rendered afresh after a post without JavaScript: keep what was previewed or refused.
  const [data, setData] = useState(() => (state?.ok ? state.data.preview?.data : submitted(state, "data")) ?? "");
  const [reason, setReason] = useState(() => (state?.ok ? state.data.preview?.reason : submitted(state, "reason")) ?? "");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const preview = state?.ok ? state.data.preview : undefined;
  const readyToConfirm = preview && preview.errorCount === 0 && preview.validCount > 0;

  async function loadFile(file: File | undefined) {
    if (!file) return;
    setData(await file.text());
    textRef.current?.focus();
  }

  const captionId = useId();
  return (
    <GuardedForm action={formAction} className="space-y-3" noValidate aria-describedby="kpi-import-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="kpiId" value={kpiId} />
      <input type="hidden" name="unit" value={unit} />
      <FormMessage state={state} id="kpi-import-message" />
      <TextArea
        ref={textRef}
        name="data"
        label="Values to import"
        hint="Two columns, month then value, pasted from a spreadsheet or typed one row per line (a third column is kept as a note)."
        rows={6}
        value={data}
        onChange={(e) => setData(e.target.value)}
        errors={fieldErrors(state, "data")}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
      />
      <TextField
        idPrefix="kpi-import-"
        name="file"
        type="file"
        label="Or load a CSV file"
        accept=".csv,text/csv,text/plain"
        onChange={(e) => loadFile(e.target.files?.[0])}
        className="mt-1 block max-w-full text-sm"
      />
      <TextField
        name="reason"
        idPrefix="import-"
        label="Reason, if rows replace values already entered (optional)"
        hint="A month that already has a value is corrected only with a reason, kept in the KPI's corrections."
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={fieldErrors(state, "reason")}
      />
      {preview ? (
        <ScrollRegion labelledBy={captionId}>
          <table className="w-full text-sm">
            <caption id={captionId} className="py-1 text-left font-medium">
              Preview: {preview.validCount} ready, {preview.errorCount} with problems
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  Line
                </th>
                <th scope="col" className="py-1 pr-3">
                  Month
                </th>
                <th scope="col" className="py-1 pr-3">
                  Value
                </th>
                <th scope="col" className="py-1">
                  Check
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className="border-b border-slate-200" data-testid="import-preview-row">
                  <td className="py-1 pr-3">{row.line}</td>
                  <td className="py-1 pr-3">{row.periodText}</td>
                  <td className="py-1 pr-3">{row.valueText}</td>
                  <td className={`py-1 ${row.errors.length ? "font-medium text-red-800" : "text-green-900"}`}>{row.errors.length ? `⚠ ${row.errors.join(" ")}` : "✓ OK"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText="Checking…">
          Preview
        </SubmitButton>
        {readyToConfirm ? (
          <SubmitButton pending={pending} pendingText={`Confirm and save ${preview.validCount} values`} name="confirm" value="1" variant="confirm">
            Confirm and save {preview.validCount} values
          </SubmitButton>
        ) : null}
      </div>
    </GuardedForm>
  );
}
