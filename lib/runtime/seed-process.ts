// `npm start` seeds the demo in a child process (prisma/seed-run.ts): the
// seed writes through lib's mutations, so lib runs it rather than import it.
import { spawn } from "node:child_process";

export type DemoSignIn = { email: string; role: string; partnership: string };
export type SeedReport = { seeded: string[]; signIns: DemoSignIn[]; password: string };

/** Runs the demo seed against the owner's URL; resolves with what it seeded, rejects with the seed's one-line reason (its last line). */
export function runSeedProcess(root: string, ownerUrl: string): Promise<SeedReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed-run.ts"], {
      cwd: root,
      env: { ...process.env, STOCKTAKE_SEED_URL: ownerUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const report = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && report.startsWith("{")) return resolve(JSON.parse(report) as SeedReport);
      const said = err.trim().split("\n").at(-1) || `exit code ${code}`;
      reject(new Error(`the demo seed failed: ${said}`));
    });
  });
}
