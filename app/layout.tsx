import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stocktake", template: "%s · Stocktake" },
  description: "Run a local area SEND improvement plan: actions, milestones, KPIs, risks, board reports and stocktakes.",
  // Static files in public/: without an icon, every visit asked for /favicon.ico and got a rendered 404.
  // The .ico names its sizes (not "any"), so that browsers that can take the SVG prefer it.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
