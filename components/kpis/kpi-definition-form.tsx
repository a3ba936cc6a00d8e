"use client";

import { useActionState } from "react";
import { ChoiceField, SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { createKpiAction, updateKpiAction } from "@/lib/kpis/actions";
import type { KpiDefinitionValues } from "@/lib/kpis/form-defaults";
import { KPI_DIRECTION_LABELS, KPI_DIRECTIONS, KPI_FREQUENCIES, KPI_FREQUENCY_LABELS, KPI_UNIT_LABELS, KPI_UNITS } from "@/lib/kpis/labels";
import { GuardedForm } from "@/components/forms/guarded-form";

type Option = { value: string; label: string };

/** Adds or edits a KPI's definition: what is measured, the target and its trajectory, benchmarks and links. */
export function KpiDefinitionForm({
  slug,
  kpi,
  areaOptions,
  memberOptions,
}: {
  slug: string;
  /** Absent when adding. */
  kpi?: KpiDefinitionValues;
  areaOptions: Option[];
  memberOptions: Option[];
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(
    kpi ? updateKpiAction : (createKpiAction as (previous: ActionResult<{ version: number }> | null, form: FormData) => Promise<ActionResult<{ version: number }>>),
    null,
  );
  const value = (name: string, current: string | null | undefined) => submitted(state, name) ?? current ?? "";
  const chosenAreas = submitted(state, "areaIds")?.split(",") ?? kpi?.areaIds ?? (areaOptions.length === 1 ? [areaOptions[0]!.value] : []);
  const areaErrors = fieldErrors(state, "areaIds");
  const version = state?.ok ? state.data.version : kpi?.version;
  const formKey = useFormKey(state);
  return (
    <GuardedForm key={formKey} action={formAction} aria-describedby="kpi-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {kpi ? (
        <>
          <input type="hidden" name="id" value={kpi.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <FormMessage state={state} id="kpi-form-message" />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
        <TextField name="code" label="Code" hint="Unique, for example K01." defaultValue={value("code", kpi?.code)} errors={fieldErrors(state, "code")} />
        <div className="sm:col-span-2">
          <TextField name="name" label="Name" defaultValue={value("name", kpi?.name)} errors={fieldErrors(state, "name")} />
        </div>
      </div>
      <TextArea
        name="definition"
        label="Definition"
        hint="Exactly what is counted and over what, so that two people would get the same number."
        rows={3}
        defaultValue={value("definition", kpi?.definition)}
        errors={fieldErrors(state, "definition")}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
        <SelectField
          name="unit"
          label="Unit"
          placeholder="Choose…"
          defaultValue={value("unit", kpi?.unit)}
          errors={fieldErrors(state, "unit")}
          options={KPI_UNITS.map((u) => ({ value: u, label: KPI_UNIT_LABELS[u] }))}
        />
        <SelectField
          name="direction"
          label="Direction"
          placeholder="Choose…"
          defaultValue={value("direction", kpi?.direction)}
          errors={fieldErrors(state, "direction")}
          options={KPI_DIRECTIONS.map((d) => ({ value: d, label: KPI_DIRECTION_LABELS[d] }))}
        />
        <SelectField
          name="frequency"
          label="Reported"
          placeholder="Choose…"
          defaultValue={value("frequency", kpi?.frequency)}
          errors={fieldErrors(state, "frequency")}
          options={KPI_FREQUENCIES.map((f) => ({ value: f, label: KPI_FREQUENCY_LABELS[f] }))}
        />
      </div>

      <ChoiceField
        kind="checkboxes"
        layout="grid"
        name="areaIds"
        label="Priority areas it evidences"
        hint="The KPI counts towards each chosen area’s computed status on the dashboard."
        options={areaOptions}
        chosen={chosenAreas.join(",")}
        errors={areaErrors}
      />

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField
          name="baselineValue"
          inputMode="decimal"
          label="Baseline value (optional)"
          defaultValue={value("baselineValue", kpi?.baselineValue)}
          errors={fieldErrors(state, "baselineValue")}
        />
        <TextField
          name="baselineDate"
          type="date"
          label="Baseline date (optional)"
          defaultValue={value("baselineDate", kpi?.baselineDate)}
          errors={fieldErrors(state, "baselineDate")}
        />
        <TextField
          name="targetValue"
          inputMode="decimal"
          label="Target value (optional)"
          defaultValue={value("targetValue", kpi?.targetValue)}
          errors={fieldErrors(state, "targetValue")}
        />
        <TextField name="targetDate" type="date" label="Target date (optional)" defaultValue={value("targetDate", kpi?.targetDate)} errors={fieldErrors(state, "targetDate")} />
      </div>
      <TextField
        name="tolerance"
        inputMode="decimal"
        label="Amber tolerance"
        hint="In the KPI’s unit: a value short of the trajectory by no more than this is “at risk”, beyond it “off track”."
        defaultValue={value("tolerance", kpi?.tolerance ?? "0")}
        errors={fieldErrors(state, "tolerance")}
      />
      <TextArea
        name="trajectory"
        label="Interim targets (optional)"
        hint="One per line: date, value — for example “30 Sep 2026, 80”. Between them the expected value is drawn as a straight line from the baseline to the target."
        rows={4}
        defaultValue={value("trajectory", kpi?.trajectory)}
        errors={fieldErrors(state, "trajectory")}
      />
      <TextArea
        name="benchmarks"
        label="Benchmarks (optional)"
        hint="One per line: month, national, regional, statistical neighbours — leave a value blank where none is published, for example “Jun 2025, 50.3, , 47”."
        rows={4}
        defaultValue={value("benchmarks", kpi?.benchmarks)}
        errors={fieldErrors(state, "benchmarks")}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <SelectField
          name="ownerMembershipId"
          label="Owner (optional)"
          hint="The member who enters its values."
          defaultValue={value("ownerMembershipId", kpi?.ownerMembershipId)}
          errors={fieldErrors(state, "ownerMembershipId")}
          options={[{ value: "", label: "No member" }, ...memberOptions]}
        />
        <TextField
          name="ownerRole"
          label="Owner role (optional)"
          hint="As the plan names it."
          defaultValue={value("ownerRole", kpi?.ownerRole)}
          errors={fieldErrors(state, "ownerRole")}
        />
        <TextField name="dataSource" label="Data source (optional)" defaultValue={value("dataSource", kpi?.dataSource)} errors={fieldErrors(state, "dataSource")} />
        <TextField
          name="actionCodes"
          label="Linked actions (optional)"
          hint="Action codes separated by commas, for example 1.1a, 2.3b."
          defaultValue={value("actionCodes", kpi?.actionCodes)}
          errors={fieldErrors(state, "actionCodes")}
        />
      </div>
      <SubmitButton pending={pending} pendingText="Saving…">
        {kpi ? "Save KPI" : "Add KPI"}
      </SubmitButton>
    </GuardedForm>
  );
}
