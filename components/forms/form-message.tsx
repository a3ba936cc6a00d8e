import type { ActionResult } from "@/lib/actions/result";

/** The form's result, announced to screen readers as it appears. */
export function FormMessage({ state, id }: { state: ActionResult<unknown> | null; id: string }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {state && !state.ok && state.formError ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.formError}
        </p>
      ) : null}
      {state && state.ok && state.message ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

export function fieldErrors(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

export function submitted(state: ActionResult<unknown> | null, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}
