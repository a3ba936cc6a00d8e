"use client";

import { useActionState } from "react";
import { PartnershipField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { setKpiArchivedAction } from "@/lib/kpis/actions";

/**
 * Archive (on the edit page) or Restore (in the list's archived section) one
 * KPI. Either goes to the KPI list, which says what happened; a refusal or a
 * conflict shows here.
 */
export function KpiArchiveButton({ slug, id, version, code, archived }: { slug: string; id: string; version: number; code: string; archived: boolean }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(setKpiArchivedAction, null);
  const messageId = `kpi-${id}-archive-message`;
  return (
    <form action={formAction} className="space-y-2">
      <PartnershipField slug={slug} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "0" : "1"} />
      <SubmitButton pending={pending} pendingText={`${archived ? "Restoring" : "Archiving"} KPI ${code}…`} variant="secondary" describedBy={messageId}>
        {archived ? "Restore" : "Archive"} KPI {code}
      </SubmitButton>
      <FormMessage state={state} id={messageId} />
    </form>
  );
}
