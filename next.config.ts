import type { NextConfig } from "next";

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
};

export default nextConfig;
