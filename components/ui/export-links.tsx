import { exportPath } from "@/lib/exports/paths";

/** "Download: CSV · Excel" for a register, keeping the filters the page shows. */
export function ExportLinks({ slug, register, query = "", label }: { slug: string; register: string; query?: string; label: string }) {
  const link = "text-blue-800 underline underline-offset-2";
  return (
    <p className="text-sm text-slate-800">
      Download {label}:{" "}
      <a href={exportPath(slug, register, "csv", query)} className={link} download>
        CSV<span className="sr-only"> file of {label}</span>
      </a>{" "}
      ·{" "}
      <a href={exportPath(slug, register, "xlsx", query)} className={link} download>
        Excel (XLSX)<span className="sr-only"> file of {label}</span>
      </a>
    </p>
  );
}
