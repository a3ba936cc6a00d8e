// Register filters live in the URL, so a filtered view (and every heat map
// cell) is a link that can be shared, exported and drilled into. Pure.
import { HEAT_BASES, isRating, RISK_BANDS, type HeatBasis, type RiskBand } from "./compute";

export type RiskFilters = {
  /** Priority area code, e.g. "PIA3". */
  area?: string;
  /** The owner as the register shows them: a member's name or the owner role. */
  owner?: string;
  band?: RiskBand;
  /** Only risks whose review is due (today or overdue). */
  review?: "due";
  escalated?: boolean;
  /** Open by default; closed, or both. */
  state: "open" | "closed" | "all";
  /** A heat map cell: likelihood and impact on `basis`. */
  likelihood?: number;
  impact?: number;
  basis: HeatBasis;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** A download's URLSearchParams, or a page's searchParams object. */
function isSearchParams(params: Params): params is URLSearchParams {
  return typeof (params as URLSearchParams).get === "function" && typeof (params as URLSearchParams).getAll === "function";
}

function reader(params: Params) {
  return (key: string): string | undefined => {
    const raw = isSearchParams(params) ? (params.get(key) ?? undefined) : params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    return text && text.trim() ? text.trim().slice(0, 200) : undefined;
  };
}

function rating(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && isRating(value) ? value : undefined;
}

export function parseRiskFilters(params: Params): RiskFilters {
  const one = reader(params);
  const state = one("state");
  const escalated = one("escalated");
  return {
    area: one("area"),
    owner: one("owner"),
    band: RISK_BANDS.find((b) => b === one("band")?.toUpperCase()),
    review: one("review") === "due" ? "due" : undefined,
    escalated: escalated === "1" ? true : escalated === "0" ? false : undefined,
    state: state === "closed" || state === "all" ? state : "open",
    likelihood: rating(one("l")),
    impact: rating(one("i")),
    basis: HEAT_BASES.find((b) => b === one("basis")) ?? "current",
  };
}

/** The filters as a query string (without "?"), in a stable order; defaults left out. */
export function riskFilterQuery(filters: RiskFilters, change: Partial<RiskFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.area) params.set("area", f.area);
  if (f.owner) params.set("owner", f.owner);
  if (f.band) params.set("band", f.band);
  if (f.review) params.set("review", f.review);
  if (f.escalated !== undefined) params.set("escalated", f.escalated ? "1" : "0");
  if (f.state !== "open") params.set("state", f.state);
  if (f.likelihood !== undefined) params.set("l", String(f.likelihood));
  if (f.impact !== undefined) params.set("i", String(f.impact));
  if (f.basis !== "current") params.set("basis", f.basis);
  return params.toString();
}

export function hasRiskFilters(filters: RiskFilters): boolean {
  return riskFilterQuery({ ...filters, basis: "current" }) !== "";
}

export type FilterableRisk = {
  areaCodes: readonly string[];
  ownerName: string;
  state: "OPEN" | "CLOSED";
  escalatedToBoard: boolean;
  reviewDue: boolean;
  ratings: Record<HeatBasis, { likelihood: number; impact: number; band: RiskBand }>;
};

/** Every filter but the heat map cell: what the heat map itself counts. */
export function matchesRiskFilters(risk: FilterableRisk, filters: RiskFilters, options: { ignoreCell?: boolean } = {}): boolean {
  if (filters.state === "open" && risk.state !== "OPEN") return false;
  if (filters.state === "closed" && risk.state !== "CLOSED") return false;
  if (filters.area && !risk.areaCodes.includes(filters.area)) return false;
  if (filters.owner && risk.ownerName !== filters.owner) return false;
  if (filters.escalated !== undefined && risk.escalatedToBoard !== filters.escalated) return false;
  if (filters.review === "due" && !risk.reviewDue) return false;
  const rating = risk.ratings[filters.basis];
  if (filters.band && rating.band !== filters.band) return false;
  if (!options.ignoreCell) {
    if (filters.likelihood !== undefined && rating.likelihood !== filters.likelihood) return false;
    if (filters.impact !== undefined && rating.impact !== filters.impact) return false;
  }
  return true;
}

/** The filters in words, for the page and for the export's "Filters:" line. */
export function describeRiskFilters(filters: RiskFilters, bandLabel: (band: RiskBand) => string): string[] {
  const basis = filters.basis === "current" ? "current" : filters.basis;
  const words: string[] = [];
  words.push(filters.state === "open" ? "Open risks" : filters.state === "closed" ? "Closed risks" : "Open and closed risks");
  if (filters.area) words.push(`Area: ${filters.area}`);
  if (filters.owner) words.push(`Owner: ${filters.owner}`);
  if (filters.band) words.push(`${bandLabel(filters.band)} (${basis} score)`);
  if (filters.review) words.push("Review due");
  if (filters.escalated !== undefined) words.push(filters.escalated ? "Escalated to the board" : "Not escalated");
  if (filters.likelihood !== undefined && filters.impact !== undefined) words.push(`Heat map cell: likelihood ${filters.likelihood} × impact ${filters.impact} (${basis} score)`);
  else if (filters.likelihood !== undefined) words.push(`Likelihood ${filters.likelihood} (${basis})`);
  else if (filters.impact !== undefined) words.push(`Impact ${filters.impact} (${basis})`);
  return words;
}
