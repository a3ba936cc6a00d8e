import Link from "next/link";
import type { PublicPageScreen } from "@/lib/public-summaries/view";

/** Whether the public page is on (switched in settings), and the way to it. */
export function PublicPageState({ page }: { page: PublicPageScreen["page"] }) {
  return (
    <section aria-labelledby="public-state-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="public-state-heading" className="text-lg font-semibold text-slate-900">
        The public page
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">
        {page.enabled
          ? "The public page is on: anyone can read what has been approved or made public here, without signing in."
          : "The public page is off: nobody outside the partnership can read it. What you approve here waits until it is turned on."}{" "}
        {page.settingsHref ? (
          <>
            It is turned on or off in{" "}
            <Link prefetch={false} href={page.settingsHref} className="text-blue-800 underline underline-offset-2">
              the settings
            </Link>
            .
          </>
        ) : (
          "The programme office turns it on or off."
        )}
      </p>
      {page.enabled ? (
        <p className="mt-2">
          <a href={page.publicHref} className="font-medium text-blue-800 underline underline-offset-2">
            Open the public page
          </a>
        </p>
      ) : null}
    </section>
  );
}
