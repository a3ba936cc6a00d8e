"use client";

import { useActionState } from "react";
import { PartnershipField, SelectField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { useFormKey } from "@/components/forms/use-form-key";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { Status } from "@/lib/generated/prisma/enums";
import { STATUS_VALUES } from "@/lib/plan/schema";
import type { StatusLabels } from "@/lib/plan/status";
import { saveHighlightReportAction } from "@/lib/reports/actions";

export type HighlightReportValues = {
  overallStatus: Status | null;
  statusReason: string | null;
  summary: string | null;
  achievements: string | null;
  nextPeriod: string | null;
  risksAndIssues: string | null;
  decisionsNeeded: string | null;
  impactOnFamilies: string | null;
};

/**
 * The lead's part of a highlight report. "Save draft" keeps it; "Submit to
 * the board" also freezes the pulled-in tables as a new version. Both are
 * one form and one action (the pressed button's `intent`), so it works the
 * same without JavaScript.
 */
export function HighlightReportForm({
  slug,
  areaId,
  period,
  version: initialVersion,
  values,
  labels,
  suggested,
  month,
  nextMonth,
}: {
  slug: string;
  areaId: string;
  /** "2026-10" */
  period: string;
  /** 0 before the first save. */
  version: number;
  values: HighlightReportValues;
  labels: StatusLabels;
  /** The suggested roll-up, so the lead knows when a reason is needed. */
  suggested: Status;
  month: string;
  nextMonth: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(saveHighlightReportAction, null);
  const version = state?.ok ? state.data.version : initialVersion;
  const formKey = useFormKey(state);
  const value = (name: keyof HighlightReportValues) => submitted(state, name) ?? values[name] ?? "";
  const area = (name: keyof HighlightReportValues, label: string, hint: string, rows = 5) => (
    <TextArea name={name} label={label} hint={hint} defaultValue={value(name)} errors={fieldErrors(state, name)} rows={rows} />
  );
  return (
    <form key={formKey} action={formAction} aria-describedby="report-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      <input type="hidden" name="areaId" value={areaId} />
      <input type="hidden" name="period" value={period} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id="report-form-message" />
      <SelectField
        name="overallStatus"
        label="Overall status for the month"
        hint={`The data suggests ${labels[suggested]}. If you report something else, say why below.`}
        placeholder="Choose…"
        defaultValue={value("overallStatus")}
        errors={fieldErrors(state, "overallStatus")}
        options={STATUS_VALUES.map((s) => ({ value: s, label: labels[s] }))}
      />
      {area("statusReason", "Why your status differs from the suggested one", `Required when it differs from ${labels[suggested]}: what the data does not show.`, 3)}
      {area("summary", "Summary", `The month in a few sentences: progress, what is slipping and why. Required to submit.`)}
      {area(
        "impactOnFamilies",
        "Impact on children, young people and families",
        "What difference the work made to their lived experience, and the evidence (Improvement Notice §5d). Required to submit.",
      )}
      {area("achievements", `Achievements in ${month}`, "What was delivered; the completed actions and met milestones are listed for you.")}
      {area("nextPeriod", `Next period: ${nextMonth}`, "What will be done; what falls due is listed for you.")}
      {area("risksAndIssues", "Risks and issues", "What threatens delivery, and what is being done about it.")}
      {area("decisionsNeeded", "Decisions needed from the board", "Anything the board must decide or unblock. Leave empty if none.", 3)}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="submit" disabled={pending} aria-disabled={pending} aria-describedby="report-form-message">
          {pending ? "Saving…" : "Submit to the board"}
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} aria-disabled={pending}>
          Save draft
        </Button>
      </div>
    </form>
  );
}
