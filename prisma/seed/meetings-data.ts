// Demo data for Derbyshire's board (prisma/seed/meetings.ts). The attendees'
// roles and organisations follow the documents; their names are the demo's
// (fictional). Themes and impact log entries are drawn from what the
// documents name — the stocktake letter's next steps (seed 001), the
// Improvement Notice (seed 004) and the plan's areas (seed 000) — and their
// progress is illustrative.
import type { ImpactLogState } from "../../lib/generated/prisma/enums";

export const ATTENDEES = [
  { key: "chair", name: "Jo Ashworth", role: "Independent Chair", organisation: "SEND Improvement and Assurance Board", kind: "MEMBER" },
  { key: "education", name: "Morgan Hale", role: "Interim Director Education", organisation: "Derbyshire County Council", kind: "MEMBER" },
  { key: "dcs", name: "Alex Carver", role: "Executive Director of Children's Services", organisation: "Derbyshire County Council", kind: "MEMBER" },
  {
    key: "health",
    name: "Dr Nia Bello",
    role: "Chief Nursing Officer and SEND Executive Director",
    organisation: "NHS Derby and Derbyshire Integrated Care Board",
    kind: "MEMBER",
  },
  {
    key: "commissioning",
    name: "Chris Lowe",
    role: "Assistant Director of Children's Strategic Commissioning",
    organisation: "NHS Derby and Derbyshire Integrated Care Board",
    kind: "MEMBER",
  },
  { key: "parentCarers", name: "Lou Mercer", role: "Parent carer forum representative", organisation: "Derbyshire Parent Carer Voice", kind: "MEMBER" },
  { key: "cabinet", name: "Cllr Pat Rowe", role: "Cabinet Member for SEND and Education", organisation: "Derbyshire County Council", kind: "MEMBER" },
  { key: "programme", name: "Sam Whitfield", role: "SEND Programme Office Manager (minutes)", organisation: "Derbyshire County Council", kind: "IN_ATTENDANCE" },
  // Improvement Notice §6: invited on each occasion as external attendees, not members.
  { key: "dfeAdvisor", name: "Dana Okafor", role: "DfE appointed SEND Advisor", organisation: "Department for Education", kind: "ADVISER" },
  { key: "nhseAdvisor", name: "Priya Raman", role: "NHS England Advisor", organisation: "NHS England", kind: "ADVISER" },
  { key: "caseLead", name: "Tom Ellery", role: "Regional Case Lead for SEND", organisation: "Department for Education", kind: "IN_ATTENDANCE" },
] as const;

export const MONTHLY_THEMES = [
  {
    area: "PIA3 EHC needs assessments and plans",
    presenter: "Interim Director Education",
    said: "Timeliness of EHC needs assessments remains the partnership's most visible failing; the recovery trajectory depends on educational psychology capacity and on the quality assurance of draft plans.",
    decision: "The board endorsed the EHC assessment recovery trajectory and asked for it to be reported monthly against the dashboard measure.",
    action: "Bring the educational psychology capacity plan to the next meeting.",
    risk: "The board noted the risk to EHC plan timeliness from educational psychology capacity and asked for its mitigations to be dated.",
  },
  {
    area: "PIA2 Joint commissioning and data sharing",
    presenter: "Assistant Director of Children's Strategic Commissioning, NHS DDICB",
    said: "The data sharing protocol is signed by all partners; the joint dataset still lacks health waiting-time data at the level the board asked for.",
    decision: "The board agreed that joint commissioning decisions come to it with the JSNA evidence they rest on.",
    action: "Confirm the date from which ICB waiting-time data will feed the shared dashboard.",
    risk: "The board asked for the data sharing risk to be scored again once the first joint dataset is received.",
  },
  {
    area: "PIA6 Health waiting times",
    presenter: "Assistant Director of Children's Strategic Commissioning, NHS DDICB",
    said: "Neurodevelopmental assessment waits are still rising; support while waiting has been extended to all families on the list.",
    decision: "The board asked NHS partners for a trajectory for neurodevelopmental waits before it can be assured.",
    action: "Present the integrated recovery plans for neurodevelopmental assessments, paediatrics and wheelchair services.",
    risk: "Workforce shortages in community paediatrics were added to the register as a risk to waiting times.",
  },
  {
    area: "PIA4 Children and young people missing education",
    presenter: "Interim Director Education",
    said: "Special school sufficiency and alternative provision places remain the main reasons children wait out of school.",
    decision: "The board agreed the sufficiency strategy goes to the Education Partnership before it returns to the board.",
    action: "Report the number of children waiting more than a year for a special school place, every month.",
    risk: "The board noted the sufficiency risk and its link to children missing education.",
  },
  {
    area: "PIA5 Communication with families",
    presenter: "Director of Early Help",
    said: "Families still report not knowing who to contact; the communications plan's 'you said, we did' updates are now monthly.",
    decision: "The board agreed that the parent carer forum reviews each 'you said, we did' update before it is published.",
    action: "Bring the results of the family survey to the board with the partnership's response.",
    risk: "The risk that families do not see change was kept at its current score.",
  },
  {
    area: "PIA1 Strategy and governance",
    presenter: "SEND Programme Office Manager",
    said: "The refreshed SEND Strategy and the Participation and Engagement Charter have been co-produced with Derbyshire Parent Carer Voice and young people.",
    decision: "The board asked that every workstream reports against the charter in its highlight report.",
    action: "Publish the board's approved minutes on the Local Offer within two weeks of approval.",
    risk: "No change to the governance risks.",
  },
] as const;

export type SeedLogEntry = {
  /** The first meeting on or after this day raises it (2025-07-24: the board's real meeting). */
  raisedFrom: string;
  title: string;
  description?: string;
  ownerName?: string;
  ownerRole: string;
  areaCode?: string;
  /** A plan action's code, or "OVERDUE": the first action past its due date (computed off track). */
  actionCode?: string;
  due: (raisedAt: Date) => Date;
  /** The entry's status at the i-th meeting held after it was raised (n held in all). */
  progress: (i: number, n: number) => ImpactLogState;
  /** What was said at the i-th of n meetings, or null: no update was given. */
  update: (state: ImpactLogState, i: number, n: number) => string | null;
};

const on = (iso: string) => () => new Date(`${iso}T00:00:00Z`);
const weeksAfter = (weeks: number) => (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + weeks * 7));
const doneAt =
  (k: number) =>
  (i: number): ImpactLogState =>
    i >= k ? "DONE" : i === 0 ? "OPEN" : "IN_PROGRESS";
const said = (open: string, going: string, done: string) => (state: ImpactLogState) => (state === "DONE" ? done : state === "IN_PROGRESS" ? going : open);

export const IMPACT_LOG: SeedLogEntry[] = [
  {
    raisedFrom: "2025-07-24",
    title: "Develop a comprehensive risk register and bring it to the board (stocktake letter, next steps)",
    ownerRole: "SEND Programme Office Manager",
    ownerName: "Sam Whitfield",
    areaCode: "PIA1",
    due: on("2025-09-30"),
    progress: doneAt(1),
    update: said("Not started.", "Draft register shared with priority leads.", "Register received by the board; reviewed monthly by each priority lead."),
  },
  {
    raisedFrom: "2025-07-24",
    title: "A clear change request process for delayed actions (stocktake letter, next steps)",
    ownerRole: "SEND Programme Office Manager",
    ownerName: "Sam Whitfield",
    areaCode: "PIA1",
    due: on("2025-09-30"),
    progress: doneAt(0),
    update: () => "Process agreed: requests come to the board with reason and impact; approval moves the current due date and the baseline stays.",
  },
  {
    raisedFrom: "2025-07-24",
    title: "Publish the board's minutes on the Local Offer website",
    ownerRole: "SEND Programme Office Manager",
    ownerName: "Sam Whitfield",
    actionCode: "1.1a",
    due: on("2025-10-31"),
    progress: doneAt(2),
    update: said("Not started.", "Local Offer page agreed with communications; first minutes awaiting approval.", "Approved minutes now published within two weeks of approval."),
  },
  {
    raisedFrom: "2025-07-24",
    title: "Bring the SEND Strategy engagement plan to the September meeting (condition of the change request for 1.2a)",
    ownerRole: "Interim Director Education",
    ownerName: "Morgan Hale",
    actionCode: "1.2a",
    due: on("2025-09-25"),
    progress: doneAt(0),
    update: () => "Engagement plan received; the board noted the autumn engagement events with Derbyshire Parent Carer Voice.",
  },
  {
    raisedFrom: "2025-07-24",
    title: "Urgently address issues with performance data: waiting times, assessments and prioritisation criteria (stocktake letter)",
    ownerRole: "Assistant Director of Children's Strategic Commissioning, NHS DDICB",
    areaCode: "PIA2",
    actionCode: "2.1c",
    due: on("2026-09-30"),
    progress: (i) => (i === 0 ? "OPEN" : "IN_PROGRESS"),
    update: (state, i) =>
      state === "OPEN"
        ? "Data issues listed with each partner's analysts."
        : [
            "Health waiting-time data still not in the shared dataset.",
            "Partial data received; prioritisation criteria not yet agreed.",
            "No further change since the last meeting.",
          ][Math.min(2, i - 1)]!,
  },
  {
    raisedFrom: "2025-09-01",
    title: "Co-develop a joint SEND system data dashboard (stocktake letter)",
    ownerRole: "SEND Programme Office Manager",
    areaCode: "PIA2",
    due: on("2027-03-31"),
    progress: (i) => (i < 2 ? "OPEN" : "IN_PROGRESS"),
    update: (state, i) =>
      state === "OPEN" ? "Scope agreed with partners." : i < 5 ? "First version in use at the board; health measures to follow." : "Waiting for the ICB data feed.",
  },
  {
    raisedFrom: "2025-09-01",
    title: "Strengthen links with the Health and Wellbeing Board (stocktake letter)",
    ownerRole: "Independent Chair",
    ownerName: "Jo Ashworth",
    areaCode: "PIA1",
    due: on("2026-06-30"),
    progress: doneAt(5),
    update: said(
      "Not started.",
      "Chair to attend the Health and Wellbeing Board; joint item being planned.",
      "Six-monthly report to the Health and Wellbeing Board agreed and the first given.",
    ),
  },
  {
    raisedFrom: "2026-03-01",
    title: "Recruit to the EHC plan writer vacancies in the assessment recovery plan",
    ownerRole: "Interim Director Education",
    ownerName: "Morgan Hale",
    areaCode: "PIA3",
    due: weeksAfter(26),
    progress: doneAt(5),
    update: said("Recruitment opened.", "Half the posts filled; agency cover for the rest.", "All posts filled."),
  },
  {
    raisedFrom: "2026-05-01",
    title: "Plan to clear the backlog of annual reviews, with a monthly trajectory",
    ownerRole: "Interim Assistant Director Inclusion",
    areaCode: "PIA3",
    due: on("2027-02-28"),
    progress: (i) => (i === 0 ? "OPEN" : "IN_PROGRESS"),
    // No update was given at the latest meeting: the board asked for one next time.
    update: (state, i, n) => (n >= 3 && i === n - 1 ? null : state === "OPEN" ? "Backlog counted by school phase." : "Trajectory drafted; schools' returns awaited."),
  },
  {
    raisedFrom: "2026-09-01",
    title: "Joint strategy update on children and young people with SEND missing education (Improvement Notice §4d)",
    ownerRole: "Interim Director Education",
    ownerName: "Morgan Hale",
    areaCode: "PIA4",
    due: on("2027-01-31"),
    progress: () => "OPEN",
    update: () => "Draft shared with the Education Partnership.",
  },
  {
    raisedFrom: "2026-10-01",
    title: "Recovery plan for action {action}, which is past its due date",
    ownerRole: "Priority lead for the action",
    actionCode: "OVERDUE",
    due: weeksAfter(12),
    progress: () => "OPEN",
    update: () => "Lead to bring a change request or a recovery plan.",
  },
];
