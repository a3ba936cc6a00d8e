import { SpecForm } from "@/components/forms/spec-form";
import { changePartnershipStateAction } from "@/lib/operators/actions";

/** The confirmation before an archive or a restore: what it does, in words, and one button. */
export function PartnershipStateForm({ partnership }: { partnership: { id: string; slug: string; name: string; archived: boolean } }) {
  const { id, slug, name, archived } = partnership;
  return (
    <section aria-labelledby="confirm-heading" className="rounded-lg border border-amber-700 bg-amber-50 p-5">
      <h2 id="confirm-heading" className="text-lg font-semibold">
        {archived ? `Restore ${name}?` : `Archive ${name}?`}
      </h2>
      <p className="mt-1 text-slate-800">
        {archived
          ? "Its members will be able to change it again, and it returns to their list of partnerships."
          : "Its members will still read and download everything, but nobody can change anything, and it leaves their list of partnerships. Nothing is deleted, and you can restore it."}
      </p>
      <SpecForm
        action={changePartnershipStateAction}
        slug={slug}
        id="confirm"
        className="mt-3 space-y-3"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "intent", value: archived ? "restore" : "archive" },
        ]}
        submitLabel={archived ? `Restore ${name}` : `Archive ${name}`}
        pendingText={archived ? "Restoring…" : "Archiving…"}
      />
    </section>
  );
}
