import type { NextConfig } from "next";
import { NON_PAGE_POLICY, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Lets two builds (say, two test runs) coexist on one machine.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Node-only packages the server must load from node_modules, not bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcrypt", "rate-limiter-flexible"],
  poweredByHeader: false,
  // Hashing every page for an ETag cost a tenth of the CPU of a cached
  // dashboard (npm run bench); pages here are private and change on write.
  generateEtags: false,
  typedRoutes: false,
  // Every response; pages get their Content-Security-Policy from proxy.ts or,
  // for the board dashboard, from its route (lib/security/headers.ts).
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }] },
      // public/'s icons: every page names them, and Next.js sends public files with max-age=0, so each page view
      // fetched both again, in full (npm run bench). A changed icon shows within a day.
      { source: "/:icon(favicon\\.ico|icon\\.svg)", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
  experimental: {
    // Forms check 1 MB in the browser before sending (components/forms/guarded-form.tsx). Posted without
    // JavaScript, up to 11 MB reaches the form's own validation, which refuses an over-long field next to it
    // with what was typed kept; only above that does Next.js refuse the body outright. 11 MB, not less: the
    // plan import takes a spreadsheet of up to 10 MB and says so itself when it is larger (lib/plan-import/read.ts).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
