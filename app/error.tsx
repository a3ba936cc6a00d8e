"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-4 text-slate-700">
        The page could not be loaded, and nothing was half saved: a change is saved whole or not at all. If you were sending a form, it may not
        have been saved. Use your browser’s Back button to return to it (browsers usually keep what you typed), check, and send it again.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Try again
      </button>
    </main>
  );
}
