// The KPI domain's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a KPI's definition (added, edited, archived, restored, values imported) and
// its values (entered, corrected, removed).
import { z } from "zod";
import { auditDay, auditKind, quote, verb, type AnyKind } from "@/lib/audit/define";
import { formatUkMonth, parseIsoDate, toIsoDate } from "@/lib/dates/format";
import type { KpiUnit } from "@/lib/generated/prisma/enums";
import { formatKpiValue } from "./compute";
import { parsePeriod } from "./import";
import { KPI_DIRECTIONS, KPI_FREQUENCIES, KPI_UNITS } from "./labels";
import { kpiPath, kpisPath } from "./paths";

/** A month as rows before the vocabulary stored it ("June 2025"), read as its first day ("2025-06-01"). */
const monthWords = z.string().transform((words, ctx) => {
  const period = parsePeriod(words);
  if (!period) {
    ctx.addIssue({ code: "custom", message: "Not a month." });
    return z.NEVER;
  }
  return toIsoDate(period);
});
/** An interim target as rows before the vocabulary stored it ("2026-03-31: 85"). */
const pointWords = z.string().transform((words, ctx) => {
  const match = /^(\d{4}-\d{2}-\d{2}): (-?[\d.]+)$/.exec(words);
  if (!match) {
    ctx.addIssue({ code: "custom", message: "Not a point." });
    return z.NEVER;
  }
  return { date: match[1]!, value: Number(match[2]) };
});

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
/** Rows before the vocabulary kept an interim target as words. */
const definitionBefore = definition.extend({ trajectory: z.array(pointWords) }) as unknown as z.ZodType<z.output<typeof definition>>;
const archived = z.object({ archivedAt: auditDay.nullable(), version: z.number().int() });
/** The KPI's code (rows before the vocabulary do not record it). */
const archivedAfter = archived.extend({ code: z.string().optional() });
const theKpi = (code: string | undefined) => (code ? `KPI ${code}` : "a KPI");

/** The value's KPI, its unit and its month: what every sentence about a value names (rows before the vocabulary have no KPI id or unit). */
const valueOf = z.object({ kpiId: z.string().optional(), kpi: z.string(), unit: z.enum(KPI_UNITS).optional(), period: auditDay });
const month = (iso: string) => formatUkMonth(parseIsoDate(iso));
const figure = (value: number, unit: KpiUnit | undefined) => (unit ? formatKpiValue(value, unit) : String(value));
/** Rows before the vocabulary kept the month in words. */
const withMonthWords = <T extends z.ZodObject>(after: T) => [{ after: after.extend({ period: monthWords }) as unknown as z.ZodType<z.output<T>> }];
const valueCreated = valueOf.extend({ value: z.number(), note: z.string().nullable() });
// A correction from the table kept no note before the vocabulary.
const valueCorrected = valueOf.extend({ value: z.number(), note: z.string().nullable().optional(), reason: z.string() });
const valueRemoved = valueOf.extend({ reason: z.string() });
const imported = z.object({ kpi: z.string(), rows: z.number().int(), replaced: z.number().int(), periods: z.array(auditDay), reason: z.string().nullable().optional() });
/** Shown on the public page (lib/kpis/mutations/public.ts). */
const publicFlag = z.object({ isPublic: z.boolean() });
const publicKpi = publicFlag.extend({ code: z.string(), name: z.string() });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const kpiAudit = {
  Kpi: auditKind({
    label: "a KPI",
    verbs: {
      create: verb({ after: definition, older: [{ after: definitionBefore }], says: ({ after }) => `added KPI ${after.code}, ${quote(after.name)}` }),
      update: verb({
        before: z.object({ code: z.string(), name: z.string(), areaIds: z.array(z.string()) }),
        after: definition,
        older: [{ after: definitionBefore }],
        says: ({ before, after }) => `edited the definition of KPI ${before.code === after.code ? after.code : `${before.code} (now ${after.code})`}, ${quote(after.name)}`,
      }),
      archive: verb({ before: archived, after: archivedAfter, says: ({ after }) => `archived ${theKpi(after.code)}` }),
      restore: verb({ before: archived, after: archivedAfter, says: ({ after }) => `restored ${theKpi(after.code)}` }),
      "make public": verb({
        before: publicFlag,
        after: publicKpi,
        says: ({ after }) => `put KPI ${after.code}, ${quote(after.name)}, on the public page`,
      }),
      "make private": verb({
        before: publicFlag,
        after: publicKpi,
        says: ({ after }) => `took KPI ${after.code}, ${quote(after.name)}, off the public page`,
      }),
      "values.import": verb({
        after: imported,
        older: [{ after: imported.extend({ periods: z.array(monthWords) }) as unknown as z.ZodType<z.output<typeof imported>> }],
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
        after: valueCreated,
        older: withMonthWords(valueCreated),
        says: ({ after }) => `entered ${figure(after.value, after.unit)} for ${month(after.period)} on KPI ${after.kpi}`,
      }),
      correct: verb({
        before: z.object({ value: z.number(), note: z.string().nullable().optional() }),
        after: valueCorrected,
        older: withMonthWords(valueCorrected),
        says: ({ before, after }) => `corrected KPI ${after.kpi}’s value for ${month(after.period)} from ${figure(before.value, after.unit)} to ${figure(after.value, after.unit)}`,
      }),
      remove: verb({
        before: z.object({ value: z.number() }),
        after: valueRemoved,
        older: withMonthWords(valueRemoved),
        says: ({ before, after }) => `removed KPI ${after.kpi}’s value for ${month(after.period)}, ${figure(before.value, after.unit)}`,
      }),
    },
    link: (slug, _id, { after }) => (after.kpiId ? kpiPath(slug, after.kpiId) : kpisPath(slug)),
  }),
} satisfies Record<string, AnyKind>;
