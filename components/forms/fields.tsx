// Labelled form fields with their error next to them, tied by aria-describedby.
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { name: string; label: string; hint?: string; errors?: string[]; idPrefix?: string };

const inputClass = "mt-1 block w-full rounded-md border px-3 py-2 text-base text-slate-900 bg-white";

/** What every control shares: its error state, the hint and error it is described by, its look. */
function controlProps(id: string, hint?: string, errors?: string[]) {
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, errors),
    className: `${inputClass} ${errors?.length ? "border-red-700" : "border-slate-400"}`,
  } as const;
}

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint, which its control is described by (`${id}-hint`). */
function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

/** A field's error, next to it and tied to it (`${id}-error`); flagged by a sign, not by colour alone. */
function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {errors.join(" ")}
    </p>
  ) : null;
}

function FieldShell({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function TextField({ name, label, hint, errors, idPrefix = "", ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = `${idPrefix}${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={name} {...controlProps(id, hint, errors)} {...rest} />
    </FieldShell>
  );
}

export function TextArea({ name, label, hint, errors, idPrefix = "", ref, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = `${idPrefix}${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} ref={ref} name={name} rows={3} {...controlProps(id, hint, errors)} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  idPrefix = "",
  options,
  placeholder,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const id = `${idPrefix}${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select id={id} name={name} {...controlProps(id, hint, errors)} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * Which partnership a form acts in. A hidden field, never an argument bound to
 * the action: see lib/actions/submit.ts. The server uses it only to pick the
 * signed-in user's own membership.
 */
export function PartnershipField({ slug }: { slug: string }) {
  return <input type="hidden" name="slug" value={slug} />;
}

type Option = { value: string; label: string };

/** Stacked one under another, in a row that wraps (a short choice), or two columns (a long list such as priority areas). */
const LAYOUTS = { stacked: "mt-1 flex flex-col gap-1", inline: "mt-1 flex flex-wrap gap-x-4 gap-y-1", grid: "mt-2 grid grid-cols-1 gap-1.5 sm:grid-cols-2" } as const;

/**
 * A group of radios or checkboxes under one legend, with its hint and error
 * tied to the group. `chosen` is the value (or, for checkboxes, the values
 * joined by commas) to show ticked: the submitted answer, else the default.
 */
export function ChoiceField({
  kind,
  name,
  label,
  hint,
  errors,
  idPrefix = "",
  options,
  chosen,
  layout = "stacked",
  onChoose,
}: Common & {
  kind: "radio" | "checkboxes";
  options: readonly Option[];
  chosen?: string;
  layout?: "stacked" | "inline" | "grid";
  /** In a client form: told the value each time one is chosen (a form that shows other fields for it). */
  onChoose?: (value: string) => void;
}) {
  const id = `${idPrefix}${name}`;
  const selected = new Set((chosen ?? "").split(","));
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)}>
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      <FieldHint id={id} hint={hint} />
      <div className={LAYOUTS[layout]}>
        {options.map((option) => (
          <label key={option.value} className={layout === "grid" ? "flex items-start gap-2 text-sm text-slate-900" : "inline-flex items-center gap-2"}>
            <input
              type={kind === "radio" ? "radio" : "checkbox"}
              name={name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              onChange={onChoose && (() => onChoose(option.value))}
              className={layout === "grid" ? "mt-0.5 h-4 w-4" : undefined}
            />
            {layout === "grid" ? <span>{option.label}</span> : option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}

/** One checkbox that says yes to one thing ("Slow to progress only"), its label beside it. */
export function CheckboxField({
  name,
  label,
  value = "1",
  defaultChecked,
  idPrefix = "",
}: {
  name: string;
  label: string;
  value?: string;
  defaultChecked?: boolean;
  idPrefix?: string;
}) {
  return (
    <label htmlFor={`${idPrefix}${name}`} className="inline-flex items-center gap-2 text-sm font-medium">
      <input id={`${idPrefix}${name}`} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} /> {label}
    </label>
  );
}
