"use client";

import { Button } from "@/components/ui/button";

export function SubmitButton({
  pending,
  children,
  pendingText = "Saving…",
  variant,
  describedBy,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary";
  /** The id of the form's message, read out with the button. */
  describedBy?: string;
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} aria-describedby={describedBy}>
      {pending ? pendingText : children}
    </Button>
  );
}
