import { useId } from "react";

/**
 * A value shown in a form that cannot be changed there. A read-only input
 * (not a disabled one) keeps it in the tab order, so a screen reader user
 * finds it with its label and hears why it is fixed. It has no name: it is
 * never submitted.
 */
export function ReadOnlyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        readOnly
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-base text-slate-900"
      />
    </div>
  );
}
