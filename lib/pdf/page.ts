// The printed page: A4, with room for the running header and the page
// numbers. Shared by the PDF engine and the end-to-end check that every
// document fits it.

export const PAGE = { format: "A4", widthMm: 210, margin: { top: 20, bottom: 18, left: 14, right: 14 } } as const;

/**
 * The width between the page's margins in CSS pixels (1/96 inch): what
 * Chromium lays a printed document out at. A document wider than this is
 * shrunk, every page of it, to fit its widest table.
 */
export const PRINT_WIDTH_PX = Math.round(((PAGE.widthMm - PAGE.margin.left - PAGE.margin.right) / 25.4) * 96);

/** The window a print view is loaded in: the page's width (its height hardly matters: the print paginates). */
export const PRINT_VIEWPORT = { width: PRINT_WIDTH_PX, height: 1024 } as const;
