import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stocktake", template: "%s · Stocktake" },
  description: "Run a local area SEND improvement plan: actions, milestones, KPIs, risks, board reports and stocktakes.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
