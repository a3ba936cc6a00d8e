// A plain form post: signing out works without JavaScript, and ends the
// session on the server (lib/auth/sign-out.ts), not only in this browser.
export function SignOutButton() {
  return (
    <form method="post" action="/api/auth/sign-out">
      <button type="submit" className="rounded-md border border-slate-400 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
