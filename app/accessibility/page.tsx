import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accessibility statement" };

// Public-sector users expect an accessibility statement (Public Sector Bodies
// Accessibility Regulations 2018). Static: no session, no database.
export default function AccessibilityPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">Accessibility statement</h1>
      <div className="mt-6 space-y-4 text-slate-800">
        <p>
          Stocktake is used by local area SEND partnerships, their boards, and DfE and NHS England advisors. We want everyone who
          uses it to be able to read the plan, record progress and take part in the board&rsquo;s decisions, including people who
          use a screen reader, a keyboard only, speech recognition or screen magnification.
        </p>
        <h2 className="pt-2 text-xl font-semibold text-slate-900">How accessible Stocktake is</h2>
        <p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. In particular:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>Every status is written as a word (&ldquo;On track&rdquo;, &ldquo;Off track&rdquo;), never shown by colour alone.</li>
          <li>Every chart has a data table beside it with the same numbers.</li>
          <li>Every form can be completed with a keyboard; errors are shown next to the field they belong to and announced.</li>
          <li>Pages work at 400% zoom and reflow on narrow screens.</li>
        </ul>
        <h2 className="pt-2 text-xl font-semibold text-slate-900">How we test it</h2>
        <p>
          Every page is checked automatically with axe-core in our end-to-end tests, in a real browser, on every change. A
          change that introduces a violation does not ship.
        </p>
        <h2 className="pt-2 text-xl font-semibold text-slate-900">What we know is not yet accessible</h2>
        <p>
          Automated checks find only part of the problems people meet. Stocktake has not yet had a full manual audit with
          assistive-technology users; until it has, we cannot claim full compliance.
        </p>
        <h2 className="pt-2 text-xl font-semibold text-slate-900">Reporting a problem</h2>
        <p>
          If something in Stocktake is hard to use, tell your partnership&rsquo;s programme office, who will pass it to us. Say
          which page, what you were trying to do and what assistive technology you use, if any.
        </p>
        <p>
          <Link prefetch={false} href="/login" className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
            Back to sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
