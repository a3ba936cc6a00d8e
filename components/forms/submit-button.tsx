"use client";

import { Button } from "@/components/ui/button";

export function SubmitButton({
  pending,
  children,
  pendingText = "Saving…",
  variant,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary";
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </Button>
  );
}
