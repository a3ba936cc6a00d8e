import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets two builds (say, two test runs) coexist on one machine.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Node-only packages the server must load from node_modules, not bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs"],
  poweredByHeader: false,
  // Hashing every page for an ETag cost a tenth of the CPU of a cached
  // dashboard (npm run bench); pages here are private and change on write.
  generateEtags: false,
  typedRoutes: false,
  experimental: {
    // Forms check 1 MB in the browser before sending (components/forms/guarded-form.tsx). Posted without
    // JavaScript, up to 4 MB reaches the form's own validation, which refuses an over-long field next to it
    // with what was typed kept; only above that does Next.js refuse the body outright.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
