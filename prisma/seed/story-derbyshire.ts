// Derbyshire's Priority Impact Plan carried on from the stocktake of July 2025
// (see continuation.ts). Every entry here is illustrative and marked so.
// Written so that, at the end of November 2026, the board sees most actions
// delivered or on track, some amber, a few red with reasons, a handful of
// status conflicts and updates owed.
import type { ActionStory, KpiStory } from "./continuation";

const DASHBOARD = "The SEND system data dashboard was reviewed at the Board.";

export const derbyshireVoice = [
  "The highlight report went to the SEND Improvement and Assurance Board.",
  "Derbyshire Parent Carer Voice reviewed progress with the workstream this month.",
  "The risk register entry for this action was reviewed at the monthly risk review.",
  DASHBOARD,
  "Actions from the last Board meeting are complete.",
  "The DfE SEND advisor attended the Board as an external attendee.",
];

export const derbyshireStories: Record<string, ActionStory> = {
  "1.1a": { work: ["Board minutes published on the Local Offer."], completes: "2025-07-31" },
  "1.1b": {
    work: [
      "The JSNA summary for SEND was presented to each workstream, with the priorities it shows for commissioning.",
      "Processes agreed for refreshing the JSNA data each quarter and for workstreams to use it in their plans.",
    ],
    amberFrom: "2025-08-01",
    amber: "Processes to use the JSNA across the partnership are still being agreed, so the action stays amber",
    completes: "2025-12-19",
    done: "Complete: the JSNA is refreshed quarterly and commissioning decisions in the joint commissioning hub now cite it. Workstreams report against its indicators.",
    evidence: { title: "JSNA refresh schedule and commissioning decision log", kind: "DOCUMENT" },
  },
  "1.1c": {
    work: [
      "Scoping of the sustainability plan started with the Independent Chair and partner chief executives.",
      "Options for governance after the Improvement Notice drafted for discussion with DfE.",
      "Draft sustainability plan shared with Derbyshire Parent Carer Voice for comment.",
    ],
    changes: [
      {
        raised: "2026-06-15",
        to: "T+25",
        decided: "2026-07-09",
        reason: "The DfE review of progress against the Improvement Notice is in the autumn; the sustainability plan should reflect its outcome rather than anticipate it.",
        impact: "The current governance continues unchanged until the plan is agreed. No effect on children and families.",
        note: "Approved at the July Board: the plan comes to the December meeting.",
      },
    ],
  },
  "1.2a": {
    work: ["Autumn co-production events held with young people and Derbyshire Parent Carer Voice to shape the strategy's priorities.", "Final draft of the SEND Strategy and the Participation and Engagement Charter circulated to partners."],
    completes: "2025-12-17",
    done: "The SEND Strategy and the Participation and Engagement Charter were approved by the SEND Improvement and Assurance Board on 10 December 2025 and published on the Local Offer.",
    evidence: { title: "SEND Strategy 2025–2028 and Participation and Engagement Charter (published)", kind: "DOCUMENT" },
  },
  "1.2b": {
    work: ["Local Offer visits up on the same month last year; the feedback form shows more families finding what they need.", "Second set of explainer videos published, on EHC needs assessment and annual reviews."],
    changes: [
      {
        raised: "2025-07-20",
        to: "2027-01-29",
        decided: "2025-07-24",
        reason: "The stocktake asked that the Local Offer reflect the refreshed strategy; the review continues so that user satisfaction can be measured over a full year.",
        impact: "The measures are evidenced over a full year of analytics rather than one term.",
      },
    ],
    evidenceSoFar: { title: "Local Offer analytics and satisfaction report, autumn term 2026", on: "T-20", kind: "DATA" },
  },
  "2.1a": {
    work: ["Commissioners agreed the gap analysis from the JSNA with the joint commissioning hub.", "Shared interpretation of need presented to the Board, with the gaps in speech and language therapy and social, emotional and mental health support."],
    changes: [
      {
        raised: "2025-08-14",
        to: "2026-01-30",
        decided: "2025-08-28",
        reason: "The JSNA was published later than planned, so the shared interpretation and gap analysis could not be finished by 31 July.",
        impact: "Commissioning decisions in the autumn use the interim analysis.",
      },
    ],
    amberFrom: "2025-08-01",
    amber: "Gap analysis behind the JSNA timetable",
    completes: "2026-01-30",
    done: "Complete: the joint gap analysis is agreed by the ICB and the Council and underpins the joint commissioning strategy (2.1b).",
    evidence: { title: "Joint SEND needs and gap analysis (agreed by the joint commissioning hub)" },
  },
  "2.1b": {
    work: ["Co-production sessions on the joint commissioning strategy held with Derbyshire Parent Carer Voice.", "Draft strategy taken through the ICB and Council governance."],
    decideDocChange: { on: "2025-08-28", approve: true, note: "Approved by the SEND Improvement and Assurance Board, 28 August 2025: the strategy to come to the November meeting grounded in the JSNA." },
    changes: [
      {
        raised: "2025-11-06",
        to: "2026-03-31",
        decided: "2025-11-26",
        reason: "Families asked for a further round of engagement on the draft, and ICB governance meets in February.",
        impact: "Joint commissioning continues under interim arrangements for four more months.",
      },
    ],
    amberFrom: "2025-08-01",
    amber: "The strategy follows the JSNA and the gap analysis (2.1a), both late",
    completes: "2026-03-27",
    done: "The Joint Commissioning Strategy was agreed by the local area partnership in March 2026 and published.",
    evidence: { title: "Joint Commissioning Strategy 2026–2029 (agreed)" },
  },
  "2.1c": {
    work: ["Dashboard specification agreed, including health waiting-list data by provider.", "First release of the SEND system data dashboard shown to the Board; data quality checks continuing."],
    amberFrom: "2025-08-01",
    amber: "The Board is not yet assured of the accuracy of health data",
    completes: "2025-11-28",
    done: "The SEND system data dashboard is live and reviewed at every Board. The Board confirmed on 26 November 2025 that it is assured of the data's accuracy.",
    evidence: { title: "SEND system data dashboard and data quality report", kind: "DATA" },
  },
  "2.1d": {
    work: ["Joint Commissioning Plan drafted as the delivery plan for the strategy.", "Commissioning intentions for speech and language therapy and SEMH support costed."],
    changes: [
      {
        raised: "2025-08-14",
        to: "2026-05-29",
        decided: "2025-08-28",
        reason: "The plan is the delivery plan to the joint commissioning strategy (2.1b), whose date has moved.",
        impact: "Commissioning decisions follow interim arrangements until the plan is agreed.",
      },
      {
        raised: "2026-05-14",
        to: "2026-10-30",
        decided: "2026-06-24",
        approve: false,
        reason: "The ICB's restructure has moved the commissioning team and delayed sign-off.",
        impact: "A further five months under interim arrangements.",
        note: "Not agreed: the Board asked for the plan at its July meeting and for the ICB to escalate the sign-off.",
      },
      {
        raised: "T-9",
        to: "2027-02-26",
        reason: "The plan did not come to the July or October Board: the ICB's new commissioning structure takes effect in January 2027 and the plan needs its sign-off.",
        impact: "Joint commissioning of SLT and SEMH support stays on interim arrangements until February 2027.",
      },
    ],
    amberFrom: "2026-04-01",
    amber: "Sign-off is held up by the ICB's restructure",
    redFrom: "2026-06-30",
    red: "Off track: the plan was not agreed by 29 May and the Board did not agree a later date. The ICB has escalated the sign-off",
  },
  "2.1e": {
    work: ["Joint funding arrangements mapped, including individual packages of care.", "Draft joint commissioning process tested with three recent cases."],
    completes: "2026-03-27",
    done: "The joint commissioning process is documented and published for professionals, with roles and responsibilities of each partner.",
    evidence: { title: "Joint commissioning process (published on the professionals' Local Offer)" },
  },
  "3.1a": {
    work: ["The localised triage model is running in all nine Education Partnership clusters.", "Consistent threshold descriptors in use at every multi-agency panel."],
    changes: [
      {
        raised: "2025-09-10",
        to: "2027-03-31",
        decided: "2025-09-24",
        reason: "The framework is in place; the Board asked to keep the action open until the outcome measure (the right support at the right time) can be evidenced over a full year.",
        impact: "None on delivery: the framework is in use.",
      },
    ],
  },
  "3.1b": {
    work: ["Consultation on the banding model with schools and families closed with 412 responses.", "Banding model revised after consultation and modelled against the high needs budget.", "Bands in use for new plans from April; schools briefed through SENCO networks."],
    changes: [
      {
        raised: "2025-09-10",
        to: "2027-04-30",
        decided: "2025-09-24",
        reason: "Banding starts with the financial year 2026/27, and its effect on early intervention can only be evidenced after a year.",
        impact: "Top-up funding continues on the current basis until April 2026.",
      },
    ],
  },
  "3.2a": {
    work: ["Eleven of the fourteen additional EHC coordinator posts are filled.", "The EHCP recovery plan's weekly tracker shows the backlog of overdue assessments falling.", "Timeliness of new plans improved for the third month running but remains below the national average."],
    changes: [
      {
        raised: "2026-01-12",
        to: "2026-12-31",
        decided: "2026-01-28",
        reason: "Recruitment to the additional posts took until the autumn; the recovery plan's trajectory reaches sufficient capacity by December 2026.",
        impact: "Families continue to wait longer than 20 weeks for some plans until the backlog clears.",
      },
    ],
    amberFrom: "2025-08-01",
    amber: "EHCP timeliness is improving but below target; the recovery plan is monitored weekly",
  },
  "3.2b": {
    work: ["Hub user group met; fixes to the annual review notifications released.", "Monthly Hub report shows partners responding to advice requests within six weeks in most cases."],
    changes: [
      {
        raised: "2026-07-06",
        to: "2027-01-29",
        decided: "2026-07-22",
        reason: "The Hub's move to the new case management system is in the autumn term; the review of technical efficiency should follow it.",
        impact: "The current Hub stays in use until the migration.",
      },
    ],
  },
  "3.2c": {
    work: ["Monthly timeliness data shared with partners by stage of the 20-week process.", "Advice return times from health improved; social care returns still the slowest stage."],
    amberFrom: "2025-08-01",
    amber: "Amended plans after annual review are still late",
    completes: "2026-02-27",
    done: "Complete: the analysis identified the blockages, and the fixes are now part of the EHCP recovery plan (3.2a), which carries the timeliness measures.",
    evidence: { title: "20-week and annual review process analysis (final)", kind: "DATA" },
  },
  "3.3a": {
    work: ["The multi-agency QA working group met and agreed the moderation process.", "Health and social care managers joined the monthly audit."],
    completes: "2025-11-28",
    done: "The multi-agency Quality Assurance Framework was agreed by all partners and adopted by the Board on 26 November 2025.",
    evidence: { title: "Multi-agency Quality Assurance Framework (agreed)" },
  },
  "3.3b": {
    work: ["Autumn programme of training on assessment requests delivered to 180 SENCOs.", "Quarterly audit shows fewer assessment requests returned for missing information."],
    changes: [
      {
        raised: "2026-07-06",
        to: "2027-07-30",
        decided: "2026-07-22",
        reason: "The school survey on confidence runs in the summer term; the Board asked for a second year of evidence.",
        impact: "None on delivery.",
      },
    ],
  },
  "3.4a": { work: ["The child's voice section is in every new plan audited this quarter."], completes: "2025-08-29", done: "Complete: the 'all about me' section is in the plan template and the young people's group reviews anonymised examples each term." },
  "3.4b": {
    work: ["Training on meaningful annual reviews delivered to settings.", "Post-review feedback from families being collected."],
    changes: [
      {
        raised: "2025-09-12",
        to: "2027-01-29",
        decided: "2025-09-24",
        reason: "Feedback from families on the new review process needs a full cycle of annual reviews.",
        impact: "None on delivery.",
      },
    ],
    evidenceSoFar: { title: "Family feedback on annual reviews, summer term 2026", on: "T-35", kind: "FEEDBACK" },
  },
  "3.5a": { work: ["Exemplars for social care advice agreed.", "Partner managers receive monthly quality reports."], completes: "2026-07-24", done: "Complete: 'what good looks like' exemplars agreed for education, health and care advice and in use in quality assurance." },
  "3.5b": { work: ["Remaining provider workforce plans returned."], completes: "2025-10-31", done: "Every agency now has a signed-off workforce learning and development plan." },
  "3.5c": {
    work: ["Staff survey on duties towards disabled children designed with Children's Services.", "Training for social care teams on the SEND duties delivered."],
    changes: [
      {
        raised: "2025-11-12",
        to: "2026-12-18",
        decided: "2025-11-26",
        reason: "The review of Children's Services capacity for disabled children below the specialist threshold reports in 2026; the staff survey should follow it.",
        impact: "Training continues; the survey moves a year.",
      },
    ],
    amberFrom: "2026-09-01",
    amber: "The survey's response rate is low so far",
    evidenceSoFar: { title: "Staff survey: first responses (September 2026)", on: "2026-10-15", kind: "DATA" },
  },
  "4.1": { work: ["Dataset maintained."], completes: "2025-03-31" },
  "4.2a": {
    work: ["All schools engaged with the Inclusion Support Service.", "Graduated response guidance refreshed with SENCO networks."],
    changes: [
      { raised: "2025-09-10", to: "2027-03-31", decided: "2025-09-24", reason: "Evidence of children feeling included needs the annual pupil survey.", impact: "None on delivery." },
    ],
  },
  "4.2b": {
    work: ["Proposals for a fairer allocation of inclusion funding taken to the Schools Forum.", "New allocation in place from April."],
    changes: [
      { raised: "2025-09-05", to: "2027-01-29", decided: "2025-09-24", reason: "The Schools Forum decides in January; parents' views on the effect follow the first year.", impact: "Current allocations continue until April 2026." },
    ],
  },
  "4.2c": {
    work: ["Early Years review findings agreed with providers and health visiting.", "Early Years Inclusion Funding criteria revised."],
    changes: [
      { raised: "2025-09-10", to: "2027-01-29", decided: "2025-09-24", reason: "The revised funding criteria start in January 2026; their effect needs a year.", impact: "None on delivery." },
    ],
  },
  "4.3a": {
    work: ["Education data in the sufficiency dashboard refreshed monthly.", "Health data feed tested with the ICB."],
    changes: [
      { raised: "2025-09-15", to: "2026-03-31", decided: "2025-09-24", reason: "Health and care data need data sharing agreements first (2.1c).", impact: "Sufficiency planning uses education data only until March." },
      { raised: "2026-03-10", to: "T+40", decided: "2026-03-25", reason: "The ICB's data platform moves in the summer; the health feed follows it.", impact: "Sufficiency planning uses education and care data only." },
    ],
    amberFrom: "2025-08-01",
    amber: "Health data are not yet in the dashboard",
    silentFrom: "2026-09-30",
  },
  "4.3b": {
    work: ["Two new specialist units opened in September with 40 places.", "Alternative provision commissioning and QA process agreed."],
    changes: [
      { raised: "2026-09-10", to: "2027-04-30", decided: "2026-09-24", reason: "The third unit's building works overran; it opens after Easter 2027.", impact: "Twenty children wait for a local specialist place until April 2027." },
    ],
    amberFrom: "2026-08-01",
    amber: "The third specialist unit's building works are late",
  },
  "5.1a": {
    work: ["Operational communication strategy drafted with Derbyshire Parent Carer Voice.", "Strategy tested with families at three district sessions."],
    changes: [
      { raised: "2025-09-05", to: "2026-01-30", decided: "2025-09-24", reason: "It depends on the partnership communications plan (5.2a), ratified in September.", impact: "Families see the new standards in the new year." },
      { raised: "2026-01-12", to: "2027-01-29", decided: "2026-01-28", reason: "The strategy is agreed; the measure of families' confidence is the annual DPCV survey.", impact: "None on delivery." },
    ],
    amberFrom: "2026-06-01",
    amber: "The DPCV survey shows confidence improving only slowly",
  },
  "5.1b": {
    work: ["Family liaison team response standards published.", "Complaints about communication fell this quarter."],
    changes: [
      { raised: "2025-08-14", to: "2027-01-29", decided: "2025-08-28", reason: "Satisfaction is measured against the DPCV survey baseline, which is annual.", impact: "None on delivery." },
    ],
    amberFrom: "2025-08-01",
    amber: "Complaints about communication remain high",
  },
  "5.1c": { work: ["Parent drop-in sessions running in every district.", "Survey of session attendees shows most feel better informed."], changes: [{ raised: "2025-09-10", to: "2027-01-29", decided: "2025-09-24", reason: "The parent survey runs annually in the autumn.", impact: "None on delivery." }] },
  "5.1d": { work: ["Feedback mechanisms mapped across education, health and social care.", "The young people's group advised on the new feedback form."], completes: "2025-10-31", done: "Complete: the mapping is published and the gaps it found are in the communication strategy (5.1a)." },
  "5.2a": {
    work: ["Plan revised with clearer objectives, timescales and evaluation measures."],
    completes: "2025-09-24",
    done: "The strategic Partnership Communications and Engagement Plan was ratified by the SEND Improvement and Assurance Board on 24 September 2025.",
    evidence: { title: "Partnership Communications and Engagement Plan (ratified)" },
  },
  "6.1a": {
    work: ["Provider waiting-list data now reported in one format.", "Recovery trajectories for the neurodevelopmental pathway agreed with providers.", "Business case for extra assessment capacity approved by the ICB."],
    changes: [
      { raised: "2026-03-05", to: "2026-09-30", decided: "2026-03-25", reason: "Providers' data took until January to align; the pathway redesign needs the summer.", impact: "Families continue to wait while the pathway is redesigned." },
    ],
    amberFrom: "2025-08-01",
    amber: "Waits are still long and the data only recently consistent",
    silentFrom: "2026-08-31",
  },
  "6.2": { work: ["Waiting well offer tested with families."], completes: "2025-09-30", done: "The waiting well offer was published on the Local Offer in September 2025.", evidence: { title: "Waiting well offer (Local Offer page)" } },
  "6.3": {
    work: ["Graduated mental health offer published for professionals.", "Reciprocal pathways between CAMHS and MHSTs tested."],
    changes: [{ raised: "2026-09-02", to: "2027-03-31", decided: "2026-09-24", reason: "Evidence that the reciprocal pathways work needs the professionals' survey in the spring.", impact: "None on delivery." }],
  },
  "7.1a": {
    work: ["Transition pilots evaluated with the pilot schools.", "Toolkit revised with young people's feedback."],
    completes: "2025-10-31",
    done: "The transition good practice guidance and toolkit are published on the Local Offer and were launched at the SENCO conference.",
  },
  "7.1b": { work: ["Tool in use."], completes: "2025-06-30" },
  "7.2": { work: ["Pages maintained."], completes: "2025-06-30" },
  "7.3": {
    work: ["Year 9 annual reviews audited for Preparing for Adulthood outcomes.", "Guidance for settings on Year 9 reviews updated."],
    changes: [{ raised: "2025-12-05", to: "2027-01-29", decided: "2025-12-10", reason: "The reduction in NEET can be evidenced only once this year's Year 11s have left school.", impact: "None on delivery." }],
  },
  "7.4": {
    work: ["ICB colleagues mapped transition arrangements across NHS providers.", "Draft transitions strategy discussed with young people and families."],
    changes: [{ raised: "2026-02-20", to: "2026-12-18", decided: "2026-02-26", reason: "NHS provider consolidation changed who delivers the adult services.", impact: "Current transition arrangements continue." }],
    evidenceSoFar: { title: "Draft NHS transitions strategy, shared with Derbyshire Parent Carer Voice", on: "T-25" },
  },
};

const ILLUSTRATIVE_KPI =
  "Illustrative: the Priority Impact Plan names this KPI but gives no baseline, target or values. The baseline, target and every value are invented for the demo and are not Derbyshire's figures.";

const termly = (values: [string, number][]): KpiStory["values"] => values;

export const derbyshireKpiStories: Record<string, KpiStory> = {
  D01: {
    define: { baseline: ["2025-07-01", 2480], target: ["2027-07-31", 2100], tolerance: 120, provenance: ILLUSTRATIVE_KPI },
    values: termly([["2025-07", 2480], ["2025-12", 2510], ["2026-04", 2390], ["2026-07", 2330]]),
  },
  D02: {
    define: { baseline: ["2025-07-01", 38], target: ["2027-07-31", 28], tolerance: 3, provenance: ILLUSTRATIVE_KPI },
    values: termly([["2025-07", 38], ["2025-12", 41], ["2026-04", 39], ["2026-07", 37]]),
  },
  D03: {
    define: { baseline: ["2025-07-01", 620], target: ["2027-07-31", 400], tolerance: 30, provenance: ILLUSTRATIVE_KPI },
    monthly: { from: "2025-07", points: [[0, 620], [6, 585], [14, 515]], noise: 8 },
  },
  D04: {
    define: { baseline: ["2025-07-01", 86.1], target: ["2027-07-31", 88.5], tolerance: 0.8, provenance: ILLUSTRATIVE_KPI },
    values: termly([["2025-07", 86.1], ["2025-12", 86.4], ["2026-04", 86.9], ["2026-07", 87.5]]),
  },
  D05: {
    define: { baseline: ["2025-07-01", 212], target: ["2027-07-31", 170], tolerance: 10, provenance: ILLUSTRATIVE_KPI },
    monthly: { from: "2025-07", points: [[0, 212], [8, 199], [14, 186]], noise: 2 },
  },
  D06: {
    define: { baseline: ["2025-07-01", 760], target: ["2027-07-31", 650], tolerance: 25, provenance: ILLUSTRATIVE_KPI },
    values: termly([["2025-07", 760], ["2025-12", 748], ["2026-04", 731], ["2026-07", 722]]),
  },
  D07: {
    define: { baseline: ["2025-07-01", 7.9], target: ["2027-07-31", 6], tolerance: 0.5, provenance: ILLUSTRATIVE_KPI },
    monthly: { from: "2025-07", points: [[0, 7.9], [6, 7.4], [14, 6.7]], noise: 0.1 },
  },
  D08: {
    define: { baseline: ["2025-07-01", 91], target: ["2027-07-31", 95], tolerance: 1, provenance: ILLUSTRATIVE_KPI },
    values: termly([["2025-07", 91], ["2025-12", 91.6], ["2026-04", 92.1], ["2026-07", 92.6]]),
  },
};
