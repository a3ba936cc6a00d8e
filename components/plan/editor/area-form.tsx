"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { editAreaPath, newOutcomePath } from "@/lib/plan/paths";
import { createAreaAction, updateAreaAction } from "@/lib/plan/structure/actions";
import type { AreaFormValues } from "@/lib/plan/structure/form-defaults";
import { AREA_KINDS, AREA_KIND_LABELS } from "@/lib/plan/structure/schema";
import { ReadOnlyField } from "./read-only-field";
import { GuardedForm } from "@/components/forms/guarded-form";

type Option = { value: string; label: string };

/**
 * Adds or edits a priority area. A priority lead editing their own area sees
 * its code, kind and parent as read-only: those are the programme office's.
 */
export function AreaForm({
  slug,
  area,
  parentOptions,
  structural,
}: {
  slug: string;
  /** Absent when adding. */
  area?: AreaFormValues;
  parentOptions: Option[];
  /** Whether code, kind and parent may be changed. */
  structural: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; version: number }> | null, FormData>(area ? updateAreaAction : createAreaAction, null);
  const value = (name: keyof AreaFormValues, current: string | undefined) => submitted(state, name) ?? current ?? "";
  const parentLabel = parentOptions.find((o) => o.value === area?.parentId)?.label ?? "None: a top-level area";
  const created = state?.ok && !area ? state.data.id : null;
  const formKey = useFormKey(state);
  return (
    <GuardedForm key={formKey} action={formAction} aria-describedby="area-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {area ? (
        <>
          <input type="hidden" name="id" value={area.id} />
          <input type="hidden" name="version" value={area.version} />
        </>
      ) : null}
      <FormMessage state={state} id="area-form-message" />
      {created ? (
        <p className="text-sm">
          <Link prefetch={false} href={editAreaPath(slug, created)} className="text-blue-800 underline underline-offset-2">
            Edit the new area
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href={newOutcomePath(slug, created)} className="text-blue-800 underline underline-offset-2">
            Add an outcome to it
          </Link>
        </p>
      ) : null}
      {structural ? (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <TextField name="code" label="Code" hint="Unique in this plan, for example PIA1 or AFI2." defaultValue={value("code", area?.code)} errors={fieldErrors(state, "code")} />
          <SelectField
            name="kind"
            label="Kind of area"
            placeholder="Choose…"
            defaultValue={value("kind", area?.kind)}
            errors={fieldErrors(state, "kind")}
            options={AREA_KINDS.map((k) => ({ value: k, label: AREA_KIND_LABELS[k] }))}
          />
          <div className="sm:col-span-2">
            <SelectField
              name="parentId"
              label="Linked under"
              hint="For an area for improvement reported through a priority area. Leave as none for an area reported on its own."
              defaultValue={value("parentId", area?.parentId ?? undefined)}
              errors={fieldErrors(state, "parentId")}
              options={[{ value: "", label: "None: a top-level area" }, ...parentOptions]}
            />
          </div>
        </div>
      ) : area ? (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
          <input type="hidden" name="code" value={area.code} />
          <input type="hidden" name="kind" value={area.kind} />
          {area.parentId ? <input type="hidden" name="parentId" value={area.parentId} /> : null}
          <ReadOnlyField label="Code" value={area.code} />
          <ReadOnlyField label="Kind of area" value={AREA_KIND_LABELS[area.kind]} />
          <ReadOnlyField label="Linked under" value={parentLabel} />
          <p className="text-sm text-slate-700 sm:col-span-3">Only the programme office can change an area’s code, kind or where it is linked.</p>
        </div>
      ) : null}
      <TextField name="title" label="Title" defaultValue={value("title", area?.title)} errors={fieldErrors(state, "title")} />
      <TextArea
        name="finding"
        label="Inspection finding"
        hint="As the inspection report words it."
        rows={6}
        defaultValue={value("finding", area?.finding)}
        errors={fieldErrors(state, "finding")}
      />
      <TextArea
        name="leadRoles"
        label="Lead roles"
        hint="One per line, as the plan names them, for example Interim Director Education."
        rows={3}
        defaultValue={value("leadRoles", area?.leadRoles.join("\n"))}
        errors={fieldErrors(state, "leadRoles")}
      />
      <SubmitButton pending={pending}>{area ? "Save area" : "Add area"}</SubmitButton>
    </GuardedForm>
  );
}
