import type { ReactNode } from "react";

/** The frame of the pages a person sees before signing in: the product's name, the page's heading, a card. */
export function AuthPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Stocktake</p>
        <h1 className="mt-2 text-center text-3xl font-semibold">{title}</h1>
        {intro ? <div className="mt-2 text-center text-slate-700">{intro}</div> : null}
        <div className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">{children}</div>
      </div>
    </main>
  );
}
