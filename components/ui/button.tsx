import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 disabled:bg-slate-400",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
  /** The last step of a two-step form (preview, then confirm). */
  confirm: "bg-green-800 text-white hover:bg-green-900 disabled:bg-slate-400",
} as const;

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button {...props} className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-base font-medium ${VARIANTS[variant]} ${className}`} />;
}
