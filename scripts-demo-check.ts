import path from "node:path";
import { prepareDatabase } from "./prisma/database";
process.env.STOCKTAKE_TODAY ??= "2026-11-20";
const root = process.cwd();
const db = await prepareDatabase({ root, dataDir: ".data/demo-check", database: "demo", throwaway: true, forceEmbedded: true });
process.env.DATABASE_URL = db.url;
try {
  const { getDashboard } = await import("./lib/dashboard/queries");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("./lib/generated/prisma/client");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  const today = new Date(process.env.STOCKTAKE_TODAY + "T00:00:00Z");
  for (const slug of ["derbyshire", "derby-city"]) {
    const p = await prisma.partnership.findFirstOrThrow({ where: { slug } });
    const m = await getDashboard(p.id, today);
    console.log(slug, JSON.stringify(m.totals));
    for (const a of m.areas) console.log(" ", a.code, a.reported, a.computed, JSON.stringify(a.computedCounts), "conf", a.conflicts, (a as any).owed ?? "");
    console.log("  conflicts:", m.conflicts.map((c) => `${c.code} ${c.reported}->${c.computed}: ${c.reason}`).join("\n   "));
    console.log("  slip:", m.slippage.actions.map((a) => `${a.code} ${a.daysLate}`).join(", "), "| ms:", m.slippage.milestones.map((x) => `${x.code} ${x.due}`).join(", "));
    console.log("  upcoming:", m.upcoming.map((u) => `${u.code} ${u.due}`).join(", "));
    console.log("  pending CRs:", m.pendingChanges.map((c) => `${c.code} ${c.from}->${c.to}`).join(", "));
    console.log("  kpis:", m.kpiTiles.map((t) => `${t.code}:${t.noData ? "NODATA" : t.status}:${t.latest}`).join(" "));
  }
  await prisma.$disconnect();
} finally { await db.stop(); }
