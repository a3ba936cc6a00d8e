"use client";

import { useActionState } from "react";
import { PartnershipField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { saveBoardPackAction } from "@/lib/boardpacks/actions";

/**
 * The programme office's part of a draft pack: the covering note, and
 * "Publish to members", which freezes the whole pack as it stands now. One
 * form and one action (the pressed button's `intent`), so it works the same
 * without JavaScript.
 */
export function BoardPackForm({ slug, meetingId, version: initialVersion, coverNote }: { slug: string; meetingId: string; version: number; coverNote: string | null }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(saveBoardPackAction, null);
  const version = state?.ok ? state.data.version : initialVersion;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-describedby="pack-form-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id="pack-form-message" />
      <TextArea
        name="coverNote"
        label="Covering note (optional)"
        hint="Printed on the cover: what the board is asked to look at first. Up to 4,000 characters."
        defaultValue={submitted(state, "coverNote") ?? coverNote ?? ""}
        errors={fieldErrors(state, "coverNote")}
        rows={4}
      />
      <p className="text-sm text-slate-800">
        Publishing freezes the pack exactly as shown below, as at today, and members can then read it and download its PDF. A published pack cannot be changed.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="publish" disabled={pending} aria-disabled={pending} aria-describedby="pack-form-message">
          {pending ? "Saving…" : "Publish to members"}
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} aria-disabled={pending}>
          Save draft
        </Button>
      </div>
    </form>
  );
}
