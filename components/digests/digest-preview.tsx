import Link from "next/link";
import type { DigestPreviewPage } from "@/lib/digests/view";

/** A member's next digest as they would receive it: the subject, its sections and links as the email shows them (React's escaping, no raw HTML), and the plain text. */
export function DigestPreview({ page }: { page: DigestPreviewPage }) {
  const { digest } = page;
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Next digest for {page.name}</h1>
        <p className="mt-1 text-slate-800">
          What {page.name} would be sent if their reminder email went today. Their choice: {page.frequency}.
          {page.off ? " They have turned reminder emails off, so none is sent." : ""}
        </p>
      </header>
      {digest ? (
        <>
          <section aria-labelledby="digest-subject" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="digest-subject" className="text-lg font-semibold text-slate-900">
              Subject
            </h2>
            <p className="mt-1 text-slate-900">{digest.subject}</p>
          </section>
          <section aria-labelledby="digest-html" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="digest-html" className="text-lg font-semibold text-slate-900">
              As an email
            </h2>
            {digest.sections.map((section) => (
              <div key={section.heading} className="mt-3">
                <h3 className="font-semibold text-slate-900">
                  {section.heading} ({section.items.length})
                </h3>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {section.items.map((item, i) => (
                    <li key={i}>
                      <a href={item.href} className="text-blue-800 underline">
                        {item.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <section aria-labelledby="digest-text" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="digest-text" className="text-lg font-semibold text-slate-900">
              As plain text
            </h2>
            <pre className="mt-2 overflow-x-auto whitespace-pre-wrap text-sm text-slate-900">{digest.text}</pre>
          </section>
        </>
      ) : (
        <p className="rounded-md border border-green-700 bg-green-50 p-4 text-green-900">Nothing is waiting for {page.name}, so no email would be sent.</p>
      )}
      <p>
        <Link prefetch={false} href={page.membersHref} className="text-blue-800 underline">
          Back to members
        </Link>
      </p>
    </div>
  );
}
