import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { AreasPanel } from "./areas-panel";

/** The panel of a plan with no areas yet, as text and its links. */
function empty(links: { addAreas: boolean; importPlan: boolean }) {
  const html = renderToStaticMarkup(createElement(AreasPanel, { areas: [], labels: DEFAULT_STATUS_LABELS, slug: "northshire", links: { changes: true, ...links } }));
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  return { text: html.replace(/<[^>]+>/g, "").replace(/Priority areas: reported and computed statusWhole plan/, ""), hrefs };
}

describe("a plan with no priority areas yet", () => {
  it("tells those who arrange the plan where to start: the editor, or the import", () => {
    expect(empty({ addAreas: true, importPlan: true })).toEqual({
      text: "No priority areas yet. Add them under Edit plan, or import the plan from a spreadsheet.",
      hrefs: ["/p/northshire/plan", "/p/northshire/plan/manage", "/p/northshire/plan/import"],
    });
    expect(empty({ addAreas: true, importPlan: false }).text).toBe("No priority areas yet. Add them under Edit plan.");
  });

  it("tells everyone else that the programme office has not added it", () => {
    expect(empty({ addAreas: false, importPlan: false })).toEqual({
      text: "No priority areas yet. The programme office has not added the plan yet.",
      hrefs: ["/p/northshire/plan"],
    });
  });
});
