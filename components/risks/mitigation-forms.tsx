"use client";

import { useActionState } from "react";
import { PartnershipField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { Folded } from "@/components/forms/folded";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { addMitigationAction, completeMitigationAction, updateMitigationAction } from "@/lib/risks/actions";
import type { MitigationValues } from "@/lib/risks/form-defaults";
import { MITIGATION_STATE_LABELS, MITIGATION_STATES } from "@/lib/risks/schema";

type Option = { value: string; label: string };

function Fields({ state, idPrefix, values, memberOptions }: { state: ActionResult<unknown> | null; idPrefix: string; values?: MitigationValues; memberOptions: Option[] }) {
  const value = (name: keyof MitigationValues) => submitted(state, name) ?? (values?.[name] as string | undefined) ?? "";
  return (
    <>
      <TextArea idPrefix={idPrefix} name="text" label="What will be done" rows={2} defaultValue={value("text")} errors={fieldErrors(state, "text")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          idPrefix={idPrefix}
          name="ownerMembershipId"
          label="Owner"
          defaultValue={value("ownerMembershipId")}
          errors={fieldErrors(state, "ownerMembershipId")}
          options={[{ value: "", label: "Not a member (name the role)" }, ...memberOptions]}
        />
        <TextField idPrefix={idPrefix} name="ownerRole" label="Owner’s role (optional)" defaultValue={value("ownerRole")} errors={fieldErrors(state, "ownerRole")} />
        <TextField idPrefix={idPrefix} name="dueDate" type="date" label="Due" defaultValue={value("dueDate")} errors={fieldErrors(state, "dueDate")} />
        <SelectField
          idPrefix={idPrefix}
          name="state"
          label="Where it stands"
          defaultValue={value("state") || "PLANNED"}
          errors={fieldErrors(state, "state")}
          options={MITIGATION_STATES.map((s) => ({ value: s, label: MITIGATION_STATE_LABELS[s] }))}
        />
      </div>
    </>
  );
}

export function AddMitigationForm({ slug, riskId, memberOptions }: { slug: string; riskId: string; memberOptions: Option[] }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(addMitigationAction, null);
  const formKey = useFormKey(state);
  return (
    <Folded summary="Add a mitigation" open={state !== null}>
      <form key={formKey} action={formAction} aria-describedby="add-mitigation-message" className="space-y-3" noValidate>
        <PartnershipField slug={slug} />
        <input type="hidden" name="riskId" value={riskId} />
        <FormMessage state={state} id="add-mitigation-message" />
        <Fields state={state && !state.ok ? state : null} idPrefix="new-mitigation-" memberOptions={memberOptions} />
        <SubmitButton pending={pending}>Add mitigation</SubmitButton>
      </form>
    </Folded>
  );
}

export function EditMitigationForm({ slug, mitigation, memberOptions, label }: { slug: string; mitigation: MitigationValues; memberOptions: Option[]; label: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(updateMitigationAction, null);
  const formKey = useFormKey(state);
  const idPrefix = `m-${mitigation.id}-`;
  return (
    <Folded
      summary={
        <>
          Edit<span className="sr-only"> {label}</span>
        </>
      }
      open={state !== null}
    >
      <form key={formKey} action={formAction} aria-describedby={`${idPrefix}message`} className="space-y-3" noValidate>
        <PartnershipField slug={slug} />
        <input type="hidden" name="id" value={mitigation.id} />
        <input type="hidden" name="version" value={mitigation.version} />
        <FormMessage state={state} id={`${idPrefix}message`} />
        <Fields state={state} idPrefix={idPrefix} values={mitigation} memberOptions={memberOptions} />
        <SubmitButton pending={pending}>Save mitigation</SubmitButton>
      </form>
    </Folded>
  );
}

export function CompleteMitigationForm({ slug, id, version, label }: { slug: string; id: string; version: number; label: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(completeMitigationAction, null);
  const formKey = useFormKey(state);
  const idPrefix = `c-${id}-`;
  return (
    <Folded
      summary={
        <>
          Mark complete<span className="sr-only">: {label}</span>
        </>
      }
      open={state !== null}
    >
      <form key={formKey} action={formAction} aria-describedby={`${idPrefix}message`} className="space-y-3" noValidate>
        <PartnershipField slug={slug} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} id={`${idPrefix}message`} />
        <TextArea
          idPrefix={idPrefix}
          name="note"
          label="What was done, and what shows it worked"
          rows={2}
          defaultValue={submitted(state, "note")}
          errors={fieldErrors(state, "note")}
        />
        <SubmitButton pending={pending}>Mark complete</SubmitButton>
      </form>
    </Folded>
  );
}
