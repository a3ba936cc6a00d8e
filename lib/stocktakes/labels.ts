// The names of a stocktake's sections as its pages, forms and messages give
// them: an area by its code (and title), the partnership-wide sections by
// the Improvement Notice's words (§10b–c). `kind` is a section's kind or key:
// the partnership-wide sections' are the same ("GOVERNANCE", "FAMILY_VOICE").
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY } from "./source";

type Area = { code: string; title: string } | null | undefined;

/** As a heading: "PIA1 · Leadership", "Governance and accountability", "The voice of families". */
export function sectionTitle(kind: string, area: Area): string {
  if (kind === GOVERNANCE_KEY) return "Governance and accountability";
  if (kind === FAMILY_VOICE_KEY) return "The voice of families";
  return area ? `${area.code} · ${area.title}` : "This area";
}

/** Within a sentence ("Edit governance and accountability"): the area's code, or the section's name. */
export function sectionInWords(kind: string, areaCode: string | null | undefined): string {
  if (kind === GOVERNANCE_KEY) return "governance and accountability";
  if (kind === FAMILY_VOICE_KEY) return "the voice of families";
  return areaCode ?? "this area";
}

/** As the advisors' letter heads its findings: "Leadership and governance", an area, "The voice of families". */
export function findingsSectionTitle(kind: string, area: Area): string {
  return kind === GOVERNANCE_KEY ? "Leadership and governance" : sectionTitle(kind, area);
}
