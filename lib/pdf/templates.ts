// Chromium's running header and footer (page.pdf headerTemplate/footerTemplate).
// They are drawn by Chromium outside the page, so they carry their own small
// styles (the page's stylesheet does not reach them) and must set a font size.

export type RunningHeader = {
  /** "Derbyshire Local Area SEND Partnership" */
  partnership: string;
  /** The board and what the document is: "SEND Improvement and Assurance Board · PIA1 highlight report, October 2026" */
  subject: string;
  /** The date the document speaks for: "Submitted 4 November 2026" */
  date: string;
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const FRAME = "width:100%;margin:0 14mm;font-family:'DejaVu Sans',Arial,sans-serif;font-size:8px;color:#334155;display:flex;justify-content:space-between;gap:12px";

export function headerTemplate(header: RunningHeader): string {
  return `<div style="${FRAME}"><span>${escapeHtml(header.partnership)}</span><span>${escapeHtml(header.subject)}</span><span>${escapeHtml(header.date)}</span></div>`;
}

export function footerTemplate(header: RunningHeader): string {
  return `<div style="${FRAME}"><span>${escapeHtml(header.subject)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
