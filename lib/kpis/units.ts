import type { KpiUnit } from "@/lib/generated/prisma/enums";

export const KPI_UNIT_VALUES = ["PERCENT", "COUNT", "WEEKS", "DAYS", "RATE"] as const satisfies readonly KpiUnit[];
