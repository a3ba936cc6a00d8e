// How busy the app server is: the CPU time of the process listening on the
// app's port, read from /proc. A form posted without JavaScript once left
// `next-server` spinning at 100 % with no client connected (vercel/next.js#57867);
// an answer alone does not prove the server went back to rest.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

function listeningInode(port: number): string | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = readFileSync(table, "utf8").split("\n").slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT"; state 0A is LISTEN.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") return fields[9] ?? null;
    }
  }
  return null;
}

/** The pid of the process listening on `port`. */
export function serverPid(port: number): number {
  const inode = listeningInode(port);
  if (!inode) throw new Error(`Nothing is listening on port ${port}`);
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  throw new Error(`No process owns the socket listening on port ${port}`);
}

/** User plus system CPU time of a process, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds the server used over `ms` milliseconds of quiet. */
export async function cpuWhileQuiet(port: number, ms = 2000): Promise<number> {
  const pid = serverPid(port);
  const before = cpuSeconds(pid);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return cpuSeconds(pid) - before;
}

/**
 * CPU time of a process in milliseconds, to the nanosecond: the sum over its
 * threads of the time each has run (/proc/<pid>/task/<tid>/schedstat). The
 * clock ticks of cpuSeconds are 10 ms, too coarse for one page view of a
 * page served from a kept copy (about a millisecond).
 */
export function cpuMilliseconds(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return ns / 1e6;
}
