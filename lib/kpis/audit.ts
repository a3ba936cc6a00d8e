// The KPI domain's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a KPI's definition (added, edited, archived, restored, values imported) and
// its values (entered, corrected, removed).
import { z } from "zod";
import { auditDay, auditKind, quote, verb, type AnyKind } from "@/lib/audit/define";
import { formatUkMonth, parseIsoDate } from "@/lib/dates/format";
import { formatKpiValue } from "./compute";
import { KPI_DIRECTIONS, KPI_FREQUENCIES, KPI_UNITS } from "./labels";
import { kpiPath, kpisPath } from "./paths";

const definition = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(KPI_UNITS),
  direction: z.enum(KPI_DIRECTIONS),
  frequency: z.enum(KPI_FREQUENCIES),
  ownerMembershipId: z.string().nullable(),
  ownerRole: z.string().nullable(),
  dataSource: z.string().nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: auditDay.nullable(),
  targetValue: z.number().nullable(),
  targetDate: auditDay.nullable(),
  tolerance: z.number(),
  areaIds: z.array(z.string()),
  actionCodes: z.array(z.string()),
  trajectory: z.array(z.object({ date: auditDay, value: z.number() })),
  /** How many benchmark figures the definition carries. */
  benchmarks: z.number().int(),
});
const archived = z.object({ archivedAt: auditDay.nullable(), version: z.number().int() });

/** The value's KPI, its unit and its month: what every sentence about a value names. */
const valueOf = z.object({ kpiId: z.string(), kpi: z.string(), unit: z.enum(KPI_UNITS), period: auditDay });
const month = (iso: string) => formatUkMonth(parseIsoDate(iso));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const kpiAudit = {
  Kpi: auditKind({
    label: "a KPI",
    verbs: {
      create: verb({ after: definition, says: ({ after }) => `added KPI ${after.code}, ${quote(after.name)}` }),
      update: verb({
        before: z.object({ code: z.string(), name: z.string(), areaIds: z.array(z.string()) }),
        after: definition,
        says: ({ before, after }) => `edited the definition of KPI ${before.code === after.code ? after.code : `${before.code} (now ${after.code})`}, ${quote(after.name)}`,
      }),
      archive: verb({ before: archived, after: archived.extend({ code: z.string() }), says: ({ after }) => `archived KPI ${after.code}` }),
      restore: verb({ before: archived, after: archived.extend({ code: z.string() }), says: ({ after }) => `restored KPI ${after.code}` }),
      "values.import": verb({
        after: z.object({ kpi: z.string(), rows: z.number().int(), replaced: z.number().int(), periods: z.array(auditDay), reason: z.string().nullable() }),
        says: ({ after }) =>
          `imported ${plural(after.rows, "value", "values")} into KPI ${after.kpi}${after.replaced ? `, replacing ${plural(after.replaced, "earlier value", "earlier values")}` : ""}`,
      }),
    },
    // An archived KPI has no page of its own: the list's archived section is where it is.
    link: (slug, id, { after }) => (after && "archivedAt" in after && after.archivedAt ? kpisPath(slug) : kpiPath(slug, id)),
  }),
  KpiValue: auditKind({
    label: "a KPI value",
    verbs: {
      create: verb({
        after: valueOf.extend({ value: z.number(), note: z.string().nullable() }),
        says: ({ after }) => `entered ${formatKpiValue(after.value, after.unit)} for ${month(after.period)} on KPI ${after.kpi}`,
      }),
      correct: verb({
        before: z.object({ value: z.number(), note: z.string().nullable() }),
        after: valueOf.extend({ value: z.number(), note: z.string().nullable(), reason: z.string() }),
        says: ({ before, after }) =>
          `corrected KPI ${after.kpi}’s value for ${month(after.period)} from ${formatKpiValue(before.value, after.unit)} to ${formatKpiValue(after.value, after.unit)}`,
      }),
      remove: verb({
        before: z.object({ value: z.number() }),
        after: valueOf.extend({ reason: z.string() }),
        says: ({ before, after }) => `removed KPI ${after.kpi}’s value for ${month(after.period)}, ${formatKpiValue(before.value, after.unit)}`,
      }),
    },
    link: (slug, _id, { after }) => kpiPath(slug, after.kpiId),
  }),
} satisfies Record<string, AnyKind>;
