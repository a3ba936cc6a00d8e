"use client";

import { Button } from "@/components/ui/button";

export function SubmitButton({ pending, children, pendingText = "Saving…" }: { pending: boolean; children: React.ReactNode; pendingText?: string }) {
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </Button>
  );
}
