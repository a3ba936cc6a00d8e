import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate } from "@/lib/dates/format";
import type { PlanStructure } from "@/lib/plan/structure/queries";
import { dueDateText } from "@/lib/plan/due-date";
import { editActionPath, editAreaPath, editOutcomePath, newActionPath, newOutcomePath } from "@/lib/plan/paths";
import { AREA_KIND_LABELS } from "@/lib/plan/structure/schema";
import type { EditRights } from "@/lib/plan/structure/view";
import { AddLink, ArchivedTag, EditLink } from "./editor-links";
import { ItemControls } from "./item-controls";

type Area = PlanStructure[number];
type LinkedArea = Area["linkedAreas"][number];
type Outcome = Area["outcomes"][number];
type Action = Outcome["actions"][number];

/** Where an item sits among its live siblings, for Move up / Move down. */
function placeOf<T extends { id: string; archivedAt: Date | null }>(items: readonly T[], item: T) {
  const live = items.filter((i) => !i.archivedAt);
  const index = live.findIndex((i) => i.id === item.id);
  return { canMoveUp: index > 0, canMoveDown: index >= 0 && index < live.length - 1 };
}

function ActionsTable({ slug, outcome, mayEdit }: { slug: string; outcome: Outcome; mayEdit: boolean }) {
  if (outcome.actions.length === 0) return <p className="mt-2 text-sm text-slate-700">No actions yet.</p>;
  return (
    <ScrollRegion labelledBy={`outcome-actions-${outcome.id}`} className="mt-2">
      <table className="w-full min-w-[760px] border-collapse">
        <caption id={`outcome-actions-${outcome.id}`} className="sr-only">
          Actions for outcome {outcome.code}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-sm text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              Code
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Action
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Due
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Milestones
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {mayEdit ? "Changes" : <span className="sr-only">Changes</span>}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {outcome.actions.map((action: Action) => (
            <tr key={action.id} className="align-top" data-testid="manage-action">
              <th scope="row" className="py-2 pr-3 text-left font-mono text-sm font-semibold whitespace-nowrap text-slate-900">
                {action.code}
              </th>
              <td className="py-2 pr-3 text-slate-900">
                {action.title}
                {action.archivedAt ? <ArchivedTag at={formatUkDate(action.archivedAt)} /> : null}
                <span className="block text-sm text-slate-700">Lead: {action.lead?.user.name ?? action.leadRole ?? "—"}</span>
              </td>
              <td className="py-2 pr-3 text-sm whitespace-nowrap text-slate-800">{dueDateText(action.currentDueDate)}</td>
              <td className="py-2 pr-3 text-sm text-slate-800">{action._count.milestones}</td>
              <td className="w-px py-2">
                {mayEdit ? (
                  <div className="flex items-start justify-end gap-2">
                    {action.archivedAt ? null : <EditLink href={editActionPath(slug, action.id)} name={`action ${action.code}`} />}
                    <ItemControls
                      slug={slug}
                      item="action"
                      id={action.id}
                      version={action.version}
                      name={`action ${action.code}`}
                      archived={action.archivedAt !== null}
                      {...placeOf(outcome.actions, action)}
                    />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Outcomes({ slug, area, mayEdit, headingLevel }: { slug: string; area: Area | LinkedArea; mayEdit: boolean; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="divide-y divide-slate-200">
      {area.outcomes.map((outcome) => (
        <div key={outcome.id} className="px-5 py-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 flex-1">
              <Heading className="text-base font-semibold text-slate-900">
                Desired outcome {outcome.code}
                {outcome.archivedAt ? <ArchivedTag at={formatUkDate(outcome.archivedAt)} /> : null}
              </Heading>
              <p className="mt-1 text-slate-800">{outcome.text}</p>
            </div>
            {mayEdit ? (
              <div className="flex flex-wrap items-start gap-2">
                {outcome.archivedAt ? null : <EditLink href={editOutcomePath(slug, outcome.id)} name={`outcome ${outcome.code}`} />}
                <ItemControls
                  slug={slug}
                  item="outcome"
                  id={outcome.id}
                  version={outcome.version}
                  name={`outcome ${outcome.code}`}
                  archived={outcome.archivedAt !== null}
                  {...placeOf(area.outcomes, outcome)}
                />
              </div>
            ) : null}
          </div>
          <ActionsTable slug={slug} outcome={outcome} mayEdit={mayEdit} />
          {mayEdit && !outcome.archivedAt ? (
            <p className="mt-2">
              <AddLink href={newActionPath(slug, outcome.id)}>Add an action to outcome {outcome.code}</AddLink>
            </p>
          ) : null}
        </div>
      ))}
      {area.outcomes.length === 0 ? <p className="px-5 py-4 text-sm text-slate-700">No desired outcomes yet.</p> : null}
    </div>
  );
}

function AreaHeader({
  slug,
  area,
  siblings,
  rights,
  headingLevel,
}: {
  slug: string;
  area: Area | LinkedArea;
  siblings: readonly (Area | LinkedArea)[];
  rights: EditRights;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const mayEdit = rights.areaIds.has(area.id);
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-slate-700">
          {AREA_KIND_LABELS[area.kind]} · {area.code}
        </p>
        <Heading id={`area-${area.id}`} className={`mt-1 font-semibold text-slate-900 ${headingLevel === 2 ? "text-xl" : "text-lg"}`}>
          {area.title}
          {area.archivedAt ? <ArchivedTag at={formatUkDate(area.archivedAt)} /> : null}
        </Heading>
        <p className="mt-1 text-sm text-slate-800">
          <span className="font-medium">{area.leadRoles.length > 1 ? "Priority leads:" : "Priority lead:"}</span> {area.leadRoles.join("; ") || "—"}
        </p>
      </div>
      {mayEdit || rights.programmeOffice ? (
        <div className="flex flex-wrap items-start gap-2">
          {mayEdit && !area.archivedAt ? <EditLink href={editAreaPath(slug, area.id)} name={`priority area ${area.code}`} /> : null}
          {rights.programmeOffice ? (
            <ItemControls
              slug={slug}
              item="area"
              id={area.id}
              version={area.version}
              name={`priority area ${area.code}`}
              archived={area.archivedAt !== null}
              {...placeOf(siblings, area)}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The plan as the editor shows it, with the controls each member may use and no others. */
export function PlanStructureTree({ slug, structure, rights }: { slug: string; structure: PlanStructure; rights: EditRights }) {
  return (
    <div className="space-y-8">
      {structure.map((area) => {
        const mayEdit = rights.areaIds.has(area.id);
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="manage-area">
            <AreaHeader slug={slug} area={area} siblings={structure} rights={rights} headingLevel={2} />
            <Outcomes slug={slug} area={area} mayEdit={mayEdit} headingLevel={3} />
            {mayEdit && !area.archivedAt ? (
              <p className="px-5 pb-4">
                <AddLink href={newOutcomePath(slug, area.id)}>Add a desired outcome to {area.code}</AddLink>
              </p>
            ) : null}
            {area.linkedAreas.length ? (
              <div className="border-t border-slate-200 bg-slate-50">
                <p className="px-5 pt-3 text-sm font-medium text-slate-800">Linked areas, reported through {area.code}</p>
                {area.linkedAreas.map((linked) => (
                  <div key={linked.id} className="m-3 rounded-md border border-slate-200 bg-white">
                    <AreaHeader slug={slug} area={linked} siblings={area.linkedAreas} rights={rights} headingLevel={3} />
                    {linked.outcomes.length ? <Outcomes slug={slug} area={linked} mayEdit={rights.areaIds.has(linked.id)} headingLevel={4} /> : null}
                  </div>
                ))}
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
