import Link from "next/link";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/**
 * "Forgot your password?": a plain HTML form posted to a route handler
 * (lib/passwords/forgot.ts), the same with JavaScript off. The person is not
 * signed in, so there is no server action and no partnership.
 */
export function ForgotPasswordForm({ action, email, error }: { action: string; email: string; error: string | null }) {
  return (
    <form method="post" action={action} noValidate className="space-y-5">
      <TextField
        name="email"
        label="Email"
        hint="The address you sign in to Stocktake with."
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        errors={error ? [error] : undefined}
      />
      <Button type="submit" className="w-full">
        Send me a link
      </Button>
      <p className="text-center text-sm">
        <Link prefetch={false} href="/login" className="text-blue-800 underline">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}
