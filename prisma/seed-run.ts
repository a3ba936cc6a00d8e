// The demo seed as a process of its own. `npm start` runs it: lib never
// imports the seed, which writes through lib's mutations (one layer up).
// Seeds the database at STOCKTAKE_SEED_URL (as its owner) and prints one
// JSON line: the partnerships it seeded and the demo sign-ins.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_PASSWORD, demoSignIns, seedDemo } from "./seed";
import { gist } from "./start-error";

const url = process.env.STOCKTAKE_SEED_URL;
if (!url) {
  console.error("STOCKTAKE_SEED_URL is not set: run the seed through npm start.");
  process.exit(2);
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const seeded = await seedDemo(prisma);
  console.log(JSON.stringify({ seeded, signIns: demoSignIns(), password: DEMO_PASSWORD }));
} catch (error) {
  // One line for npm start's message; the whole error for its log.
  console.error(error);
  console.error(gist(error));
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
