"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A link of the primary navigation, prefetched only once the reader shows
 * they may follow it: the pointer over it, a touch, or keyboard focus. Never
 * merely for being on screen: every page here is rendered per request, so a
 * prefetch is a server render, and a navigation prefetched in view cost each
 * page view a dozen of them, again whenever the router's state changed (issue
 * #22). The prefetch policy is in docs/architecture.md.
 */
export function IntentPrefetchLink({ onMouseEnter, onTouchStart, onFocus, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next.js's own default ("auto"), restored on intent, as its guide's hover-prefetch link does.
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
