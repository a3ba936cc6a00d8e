// The board pack the benchmark prints: the largest tenant's board meets a
// week after the seed's day, and its pack is published through the app's own
// publish mutation (every area, the whole register, the log and the KPIs).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Tx } from "../../lib/db";
import { publishBoardPack } from "../../lib/boardpacks/mutations";
import { boardPackPdfPath } from "../../lib/boardpacks/paths";
import { LARGEST_SLUG } from "./tenants";

/** Publishes the largest tenant's pack (once) and returns its PDF's path. */
export async function seedBenchBoardPack(prisma: PrismaClient, today: Date): Promise<string> {
  const board = await prisma.board.findFirstOrThrow({ where: { partnership: { slug: LARGEST_SLUG } }, select: { id: true, partnershipId: true } });
  const { partnershipId } = board;
  const existing = await prisma.boardPack.findFirst({ where: { partnershipId, state: "PUBLISHED" }, select: { id: true } });
  if (existing) return boardPackPdfPath(LARGEST_SLUG, existing.id);
  const admin = await prisma.membership.findFirstOrThrow({ where: { partnershipId, role: "ADMIN" }, select: { id: true, userId: true } });
  const agenda = ["Welcome and apologies", "Minutes and the action and impact log", "Dashboard", "Highlight reports", "Risk register", "Any other business"];
  const meeting = await prisma.meeting.create({
    data: {
      partnershipId,
      boardId: board.id,
      title: "SEND Improvement Board",
      date: new Date(today.getTime() + 7 * 86_400_000 + 10 * 3_600_000),
      durationMinutes: 120,
      state: "OPEN",
    },
    select: { id: true },
  });
  await prisma.meetingAgendaItem.createMany({ data: agenda.map((title, position) => ({ partnershipId, meetingId: meeting.id, title, position })) });
  const caller = { scope: { role: "ADMIN" as const, areaIds: [], membershipId: admin.id }, actor: { userId: admin.userId, name: "Benchmark programme office" } };
  const { packId } = await prisma.$transaction((tx) => publishBoardPack.core(tx as unknown as Tx, partnershipId, caller, { meetingId: meeting.id, version: 0, coverNote: "Benchmark pack." }), { timeout: 120_000 });
  return boardPackPdfPath(LARGEST_SLUG, packId);
}
