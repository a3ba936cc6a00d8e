import type { Metadata } from "next";
import { DashboardDocument, type DashboardRenderParams } from "@/components/dashboard/dashboard-document";

export const metadata: Metadata = { title: "Board dashboard" };

/** The whole partnership's dashboard (the only one where it has a single board). */
export default async function DashboardRenderPage({ params }: { params: Promise<DashboardRenderParams> }) {
  return <DashboardDocument {...await params} />;
}
