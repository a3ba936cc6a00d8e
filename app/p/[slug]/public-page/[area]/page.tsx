import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SummaryAnswers } from "@/components/public-summaries/summary-answers";
import { SummaryForm } from "@/components/public-summaries/summary-form";
import { requireMembership } from "@/lib/auth/guards";
import { getSummaryEditor } from "@/lib/public-summaries/view";

export const metadata: Metadata = { title: "Write a public summary" };

/** One area's summary for families: its lead (or the programme office) writes it and sends it for approval. */
export default async function PublicSummaryPage({ params }: { params: Promise<{ slug: string; area: string }> }) {
  const { slug, area } = await params;
  const member = await requireMembership(slug);
  const editor = await getSummaryEditor(member, area);
  if (!editor) notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link prefetch={false} href={editor.backHref} className="text-blue-800 underline underline-offset-2">
          Public page
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{editor.area.code}</span>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Public summary of {editor.area.code}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          {editor.area.title}. Written for parents and carers: short sentences, everyday words, no codes. Spell out a short form (SEND, EHC plan) the first time.
          {editor.state ? ` This copy: ${editor.state}.` : ""}
        </p>
      </header>
      {editor.returnComment ? (
        <p className="max-w-3xl rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
          <span className="font-semibold">Returned by the programme office:</span> {editor.returnComment}
        </p>
      ) : null}
      {editor.waiting ? (
        <p className="max-w-3xl rounded-md border border-slate-300 bg-white p-4">
          This summary is waiting for the programme office’s approval, so it cannot be changed now. If they return it, you can revise it and send it again.{" "}
          <Link prefetch={false} href={editor.backHref} className="font-medium text-blue-800 underline underline-offset-2">
            Back to the public page’s summaries
          </Link>
        </p>
      ) : (
        <section aria-labelledby="write-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="write-heading" className="text-lg font-semibold">
            Your summary
          </h2>
          {editor.tips.length ? (
            <div className="mt-2 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-slate-900">
              <p className="font-semibold">Reading tips for the text as saved</p>
              <ul className="mt-1 list-disc pl-5">
                {editor.tips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Aim for a reading age of 9: sentences under 20 words, and words a parent uses every day.</p>
          )}
          <div className="mt-3">
            <SummaryForm slug={slug} editor={editor} />
          </div>
        </section>
      )}
      {editor.published ? (
        <section aria-labelledby="published-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="published-heading" className="text-lg font-semibold">
            On the public page now
          </h2>
          <p className="text-sm text-slate-700">Until your new version is approved, the public reads this one. {editor.published.approved}.</p>
          <div className="mt-2">
            <SummaryAnswers answers={editor.published.answers} headingLevel={3} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
