"use client";

import { Button } from "@/components/ui/button";

export function SubmitButton({
  pending,
  children,
  pendingText = "Saving…",
  variant,
  describedBy,
  name,
  value,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "confirm";
  /** The id of the form's message, read out with the button. */
  describedBy?: string;
  /** Posted with the form when this button submits it (a form with two steps tells them apart). */
  name?: string;
  value?: string;
}) {
  return (
    <Button type="submit" name={name} value={value} variant={variant} disabled={pending} aria-disabled={pending} aria-describedby={describedBy}>
      {pending ? pendingText : children}
    </Button>
  );
}
