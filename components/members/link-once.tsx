/** An invitation link shown once, to copy (email is not set up, or the mail server refused it): selectable text, no script needed. */
export function LinkOnce({ id, url }: { id: string; url: string }) {
  return (
    <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        Invitation link (shown only now)
      </label>
      <input id={id} type="text" readOnly value={url} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900" />
    </div>
  );
}
