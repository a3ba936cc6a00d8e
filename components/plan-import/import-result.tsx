import Link from "next/link";
import { SuccessNotice } from "@/components/ui/success-notice";
import { formatUkDate } from "@/lib/dates/format";
import { dashboardPath } from "@/lib/dashboard/paths";
import { membersPath } from "@/lib/members/paths";
import { planPath } from "@/lib/plan/paths";
import type { ImportResult } from "@/lib/plan-import/view";
import { resultWords } from "./preview-words";

const link = "font-medium text-blue-800 underline underline-offset-2";

/** An imported upload's page: what it made, who to invite, and where to read the plan now. */
export function ImportResultView({ slug, result, importedAt }: { slug: string; result: ImportResult; importedAt: Date | null }) {
  return (
    <div className="max-w-3xl space-y-6">
      <SuccessNotice>
        Imported {result.fileName}
        {importedAt ? ` on ${formatUkDate(importedAt)}` : ""}: {resultWords(result)}.
      </SuccessNotice>
      {result.toInvite.length ? (
        <section aria-labelledby="to-invite-heading" className="space-y-2">
          <h2 id="to-invite-heading" className="text-lg font-semibold text-slate-900">
            Leads to invite
          </h2>
          <p className="text-slate-800">
            The file names these leads, who are not members of the partnership yet. Each is kept as text on their areas and actions; invite them so they can give updates.
          </p>
          <ul className="list-disc space-y-1 pl-6 text-slate-900" data-testid="leads-to-invite">
            {result.toInvite.map((lead) => (
              <li key={lead}>{lead}</li>
            ))}
          </ul>
          <p>
            <Link prefetch={false} href={membersPath(slug)} className={link}>
              Invite them on the members page
            </Link>
          </p>
        </section>
      ) : null}
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link prefetch={false} href={planPath(slug)} className={link}>
            Read the plan
          </Link>
        </li>
        <li>
          <Link prefetch={false} href={dashboardPath(slug)} className={link}>
            Go to the dashboard
          </Link>
        </li>
      </ul>
    </div>
  );
}
