import Link from "next/link";
import { SpecForm } from "@/components/forms/spec-form";
import { saveDigestFrequencyAction } from "@/lib/digests/actions";
import type { MyEmailPage } from "@/lib/digests/view";

/** The member's own choice of reminder emails: weekly (the default), daily or off, saved with a plain POST. */
export function EmailReminders({ slug, page }: { slug: string; page: MyEmailPage }) {
  return (
    <div className="max-w-2xl space-y-4">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Email reminders</h1>
        <p className="mt-1 text-slate-800">
          An email from {page.partnershipName} listing what is waiting for you: updates owed, milestones to record, risk reviews, reports and decisions. When nothing is waiting, no
          email is sent.
        </p>
      </header>
      <p className="rounded-md border border-slate-300 bg-white p-3 text-slate-900">
        <strong>Now:</strong> {page.sentence}
      </p>
      <section aria-labelledby="email-reminders-form" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="email-reminders-form" className="text-lg font-semibold text-slate-900">
          How often
        </h2>
        <SpecForm
          action={saveDigestFrequencyAction}
          slug={slug}
          id="email-reminders"
          className="mt-2 space-y-3"
          fields={[
            { kind: "hidden", name: "membershipId", value: page.membershipId },
            { kind: "radio", name: "frequency", label: "Send me reminder emails", defaultValue: page.frequency, options: page.options },
          ]}
          submitLabel="Save"
          pendingText="Saving…"
        />
      </section>
      <p>
        <Link prefetch={false} href={page.myUpdatesHref} className="text-blue-800 underline">
          Back to My updates
        </Link>
      </p>
    </div>
  );
}
