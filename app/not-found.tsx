import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-4 text-slate-700">
        There is nothing here, or you do not have access to it. Check the address, or go back to your partnerships.
      </p>
      <p className="mt-6">
        <Link prefetch={false} href="/p" className="font-medium text-blue-800 underline underline-offset-2">
          Your partnerships
        </Link>
      </p>
    </main>
  );
}
