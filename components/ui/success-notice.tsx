"use client";

import { useEffect, useRef } from "react";

/**
 * What just happened, shown on the page an action redirected to. A live
 * region that arrives already filled is often not read out, and the button
 * that was pressed is gone; so the notice takes focus when it appears, and a
 * screen reader reads it (WCAG 4.1.3, 2.4.3). Key it by its text, so that a
 * second notice on the same page takes focus again.
 */
export function SuccessNotice({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={`rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900 ${className}`}>
      {children}
    </p>
  );
}
