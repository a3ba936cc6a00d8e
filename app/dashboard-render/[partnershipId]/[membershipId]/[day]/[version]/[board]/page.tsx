import type { Metadata } from "next";
import { DashboardDocument, type DashboardRenderParams } from "@/components/dashboard/dashboard-document";

export const metadata: Metadata = { title: "Board dashboard" };

/** One board's dashboard, covering the priority areas it oversees. */
export default async function BoardDashboardRenderPage({ params }: { params: Promise<Required<DashboardRenderParams>> }) {
  return <DashboardDocument {...await params} />;
}
