import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Node-only packages the server must load from node_modules, not bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
