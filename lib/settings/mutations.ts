import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, staleError } from "@/lib/errors";
import { statusLabels, STATUSES, type StatusLabels } from "@/lib/plan/status";
import { mayManageSettings } from "./access";
import { labelsAudit } from "./audit-sections";
import { labelOverrides } from "./compute";
import type { PartnershipDetailsInput, PartnershipSettingsInput, PublicPageSettingsInput, ReportingRhythmInput, StatusLabelsInput } from "./schema";

/**
 * The partnership as a settings form found it. The form names the
 * partnership it was shown for, as other forms name their row: a form for
 * another partnership changes nothing here (not found, before any rule).
 */
async function settingsOf(tx: Tx, partnershipId: string, caller: Caller, shownFor: string) {
  const partnership =
    shownFor === partnershipId
      ? await tx.partnership.findFirst({
          where: { id: partnershipId },
          select: {
            name: true,
            contactEmail: true,
            statusLabels: true,
            reportingCadenceDays: true,
            staleGraceDays: true,
            milestoneWarningDays: true,
            highlightReportDueDay: true,
            advisorDashboardAccess: true,
            publicPageEnabled: true,
          },
        })
      : null;
  if (!partnership) throw new NotFoundError();
  if (!mayManageSettings(caller.scope)) throw new ForbiddenError("Only the programme office changes the partnership’s settings.");
  return partnership;
}

/**
 * Whether the DfE and NHS England advisors attached to the partnership may
 * read its live dashboard, plan and KPIs, beside the published stocktake
 * packs they always read (DESIGN §4: "if allowed"; off unless the programme
 * office turns it on).
 */
export const updatePartnershipSettings = mutation(async (tx, partnershipId, caller: Caller, input: PartnershipSettingsInput) => {
  const partnership = await settingsOf(tx, partnershipId, caller, input.partnershipId);
  const saved = await tx.partnership.updateMany({
    where: { id: partnershipId, version: input.version },
    data: { advisorDashboardAccess: input.advisorDashboardAccess, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("the advisors’ live access");
  return {
    result: { version: input.version + 1, advisorDashboardAccess: input.advisorDashboardAccess },
    audit: {
      kind: "Partnership",
      verb: "update settings",
      entityId: partnershipId,
      before: { advisorDashboardAccess: partnership.advisorDashboardAccess },
      after: { advisorDashboardAccess: input.advisorDashboardAccess },
    },
  };
});

/**
 * The public progress page (/public/<slug>) for families: off until the
 * programme office turns it on (issue #21). It shows only what was approved
 * or published for the public; off, it is the same 404 as an unknown address.
 */
export const updatePublicPageSettings = mutation(async (tx, partnershipId, caller: Caller, input: PublicPageSettingsInput) => {
  await settingsOf(tx, partnershipId, caller, input.partnershipId);
  const saved = await tx.partnership.updateMany({ where: { id: partnershipId, publicPageEnabled: input.shownEnabled }, data: { publicPageEnabled: input.publicPageEnabled } });
  if (saved.count === 0) throw staleError("the public page’s switch");
  return {
    result: { publicPageEnabled: input.publicPageEnabled },
    audit: {
      kind: "Partnership",
      verb: "update public page",
      entityId: partnershipId,
      before: { publicPageEnabled: input.shownEnabled },
      after: { publicPageEnabled: input.publicPageEnabled },
    },
  };
});

/** The partnership's name (shown to every member at the top of each page) and the email people write to. */
export const updatePartnershipDetails = mutation(async (tx, partnershipId, caller: Caller, input: PartnershipDetailsInput) => {
  const partnership = await settingsOf(tx, partnershipId, caller, input.partnershipId);
  const after = { name: input.name, contactEmail: input.contactEmail };
  const saved = await tx.partnership.updateMany({ where: { id: partnershipId, detailsVersion: input.version }, data: { ...after, detailsVersion: { increment: 1 } } });
  if (saved.count === 0) throw staleError("the partnership’s name and contact email");
  return {
    result: { version: input.version + 1, ...after },
    audit: { kind: "Partnership", verb: "update details", entityId: partnershipId, before: { name: partnership.name, contactEmail: partnership.contactEmail }, after },
  };
});

/**
 * The partnership's own words for the five canonical states (Derbyshire's
 * RAG, a RAGP partnership's "On track no concerns"). Every screen, PDF and
 * export reads them from the partnership on each load; a submitted report or
 * a published pack keeps the labels it was frozen with.
 */
export const updateStatusLabels = mutation(async (tx, partnershipId, caller: Caller, input: StatusLabelsInput) => {
  const partnership = await settingsOf(tx, partnershipId, caller, input.partnershipId);
  const before = statusLabels(partnership.statusLabels);
  const after = Object.fromEntries(STATUSES.map((status) => [status, input[status]])) as StatusLabels;
  const saved = await tx.partnership.updateMany({
    where: { id: partnershipId, statusLabelsVersion: input.version },
    data: { statusLabels: labelOverrides(after), statusLabelsVersion: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("the status labels");
  return {
    result: { version: input.version + 1, labels: after },
    audit: {
      kind: "Partnership",
      verb: "update status labels",
      entityId: partnershipId,
      before: labelsAudit(before),
      after: labelsAudit(after),
    },
  };
});

/**
 * The reporting rhythm: the update cadence and grace that make an update
 * owed, the window in which an unevidenced milestone makes its action at
 * risk, and the day highlight reports are due. Every page computes statuses
 * with them on its next load.
 */
export const updateReportingRhythm = mutation(async (tx, partnershipId, caller: Caller, input: ReportingRhythmInput) => {
  const partnership = await settingsOf(tx, partnershipId, caller, input.partnershipId);
  const { reportingCadenceDays, staleGraceDays, milestoneWarningDays, highlightReportDueDay } = partnership;
  const before = { reportingCadenceDays, staleGraceDays, milestoneWarningDays, highlightReportDueDay };
  const after = {
    reportingCadenceDays: input.reportingCadenceDays,
    staleGraceDays: input.staleGraceDays,
    milestoneWarningDays: input.milestoneWarningDays,
    highlightReportDueDay: input.highlightReportDueDay,
  };
  const saved = await tx.partnership.updateMany({ where: { id: partnershipId, rhythmVersion: input.version }, data: { ...after, rhythmVersion: { increment: 1 } } });
  if (saved.count === 0) throw staleError("the reporting rhythm");
  return { result: { version: input.version + 1, ...after }, audit: { kind: "Partnership", verb: "update reporting rhythm", entityId: partnershipId, before, after } };
});
