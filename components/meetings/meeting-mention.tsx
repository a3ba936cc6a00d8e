import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A mention of another meeting: a link where the page's loader gave one (the
 * viewer may open that meeting), the same words as plain text where it did
 * not (lib/meetings/view.ts meetingHref), so no one follows a link to a 404.
 */
export function MeetingMention({ href, children }: { href: string | null; children: ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <Link prefetch={false} href={href} className="text-blue-800 underline underline-offset-2">
      {children}
    </Link>
  );
}
