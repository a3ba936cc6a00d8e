import type { ReactNode } from "react";

/**
 * A form folded under a summary. It unfolds when the form has a result to
 * show, so the message is not hidden in a closed section; that includes the
 * page rendered after a post without JavaScript.
 */
export function Folded({ summary, open, children }: { summary: ReactNode; open: boolean; children: ReactNode }) {
  return (
    <details open={open || undefined} className="mt-3">
      <summary className="cursor-pointer font-medium text-blue-800">{summary}</summary>
      <div className="mt-3 max-w-2xl">{children}</div>
    </details>
  );
}
