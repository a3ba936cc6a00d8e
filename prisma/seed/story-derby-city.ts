// Derby City's plan and KPIs carried on from the self-assessment of September
// 2025 (see continuation.ts). Every entry here is illustrative and marked so;
// the self-assessment's own figures stay exactly as the document gives them.
import type { ActionStory, KpiStory } from "./continuation";

export const derbyCityVoice = [
  "Reported to the Local Area SEND and Inclusion Partnership Board.",
  "Discussed with Derby Parent Carer Forum this month.",
  "The multi-agency insight dashboard was updated for the month.",
  "Progress shared at the Area Inclusion Partnership Board.",
];

export const derbyCityStories: Record<string, ActionStory> = {
  "1.1a": { work: ["Backlog cleared."], completes: "2025-06-30" },
  "1.1b": {
    work: [
      "Plans finalised in the month were issued within 20 weeks, excluding exceptions.",
      "New plans remain timely; the cumulative figure for the year is recovering more slowly than forecast because of the plans issued late earlier in the year.",
      "Timeliness reported to the Board through the multi-agency insight dashboard.",
    ],
    amberFrom: "2025-12-01",
    amber: "Cumulative timeliness for 2025 ended at 47%, short of the 50% forecast, although new plans are timely",
    missed: ["2025-12-31"],
  },
  "1.1c": {
    work: ["Overdue reviews for looked after children and young people known to YJS cleared.", "Annual review timeliness improving month on month with the dedicated staff."],
    amberFrom: "2025-10-01",
    amber: "Annual review timeliness is improving but below target",
    completes: "2026-03-31",
    done: "The Annual Review recovery plan is delivered: overdue reviews for the priority groups are cleared and timeliness is monitored monthly.",
    evidence: { title: "Annual review recovery tracker, March 2026", kind: "DATA" },
  },
  "1.2a": {
    work: ["Quarter 2 audit shows more plans with clear PFA outcomes.", "Team sessions on the voice of the child in plans delivered.", "Quarterly audit shared with the Board."],
    changes: [
      { raised: "2026-03-04", to: "2027-03-31", decided: "2026-03-18", reason: "The Quarter 4 audit found half the plans good; a second year of audits is needed to show the templates are embedded.", impact: "None on delivery: the templates are in use." },
    ],
  },
  "1.2b": {
    work: ["School visits on SEN support under way.", "Take-up of Moving Forward Together meetings rising."],
    completes: "2026-07-24",
    done: "Take-up of Moving Forward Together meetings is above 60% for AY 2025/26 and the school visit programme is complete.",
  },
  "1.2c": {
    work: ["Single Inclusion Service in place from January.", "AI-assisted drafting of advice summaries piloted with the SEND team."],
    completes: "2026-03-31",
    done: "Restructure complete and AI in use to support assessments, plans and provision maps, with a data protection impact assessment agreed.",
  },
  "2.1a": {
    work: ["Waiting list validated with providers; long waiters contacted.", "Year 1 of the ND transformation business case: extra assessment sessions running.", "Independent research on demand reported to system leaders."],
    redFrom: "2025-10-01",
    red: "Off track: average waits and the number waiting are above target, although referrals are falling",
    changes: [
      {
        raised: "T-14",
        to: "2027-03-31",
        reason: "Year 1 of the ND transformation business case delivers the new pathway, but waits will not reach target until Year 2.",
        impact: "Families wait longer than the plan intended; the waiting well offer continues.",
      },
    ],
  },
  "2.1b": {
    work: ["Triage for 3–4-year-olds started in two family hubs.", "Triage linked to the SEN Inclusion Fund's targeted work."],
    completes: "2026-07-31",
    done: "Early-years ND triage extended to 3–4-year-olds across the city, dovetailed with SENIF targeted work.",
  },
  "2.1c": { work: ["ND Community Hub sessions held each month at St James' Centre."], completes: "2026-03-31", done: "Hub sessions ran every month of 2025/26 and continue as business as usual." },
  "2.1d": { work: ["PINS under way in six more schools."], completes: "2026-07-24", done: "Six more schools implemented PINS in 2025/26." },
  "2.2a": {
    work: ["Recruitment to the expanded CAMHS service under way.", "CAMHS waits falling as new clinicians start."],
    changes: [
      { raised: "2026-03-04", to: "2027-03-31", decided: "2026-03-18", reason: "Recruitment to the expanded service took longer than planned; Year 2 of the plan completes the expansion.", impact: "Waits fall more slowly than planned." },
    ],
    amberFrom: "2026-04-01",
    amber: "Two clinical posts are still vacant",
  },
  "2.2b": {
    work: ["Individual action plans being implemented with the new wheelchair provider.", "Long waits reduced; the remaining children have dates."],
    amberFrom: "2025-10-01",
    amber: "Long waits are not yet cleared",
    changes: [
      { raised: "2026-03-04", to: "2027-01-29", decided: "2026-03-18", reason: "The new provider's seating clinic opened late.", impact: "Eleven children wait longer for specialist seating." },
    ],
  },
  "2.2c": {
    work: ["PCN-level LD AHC reports shared with the GP Provider Board."],
    silentFrom: "2026-01-31",
  },
  "2.2d": {
    work: ["Pathway options developed with the Learning Disability Partnership.", "Down Syndrome pathway drafted with families."],
    amberFrom: "2025-10-01",
    amber: "The partnership cannot yet separate the global developmental delay and learning disability pathways",
  },
  "3.1a": {
    work: ["EHE learners' activities with Derby College planned.", "Visits to electively home educated children with an EHCP prioritised."],
    amberFrom: "2025-10-01",
    amber: "EHE numbers are falling only slowly",
    changes: [
      { raised: "2026-07-01", to: "2027-03-31", decided: "2026-07-15", reason: "Derby College's programme starts in the spring term.", impact: "Activities for EHE learners start a term later." },
    ],
  },
  "3.1b": {
    work: ["Fresh Start transition support enhanced.", "Panel referral limits in place and monitored termly."],
    changes: [
      { raised: "2026-07-01", to: "2027-07-30", decided: "2026-07-15", reason: "The impact on suspensions can be evidenced only over AY 2026/27.", impact: "None on delivery." },
    ],
  },
  "3.1c": { work: ["Portal in use."], completes: "2025-09-30" },
  "3.1d": {
    work: ["AP attendance reviewed at the targeting support meetings.", "Attendance improving in two of the three AP settings."],
    amberFrom: "2025-10-01",
    amber: "AP attendance is improving but below target",
    changes: [
      { raised: "2026-07-01", to: "2027-03-31", decided: "2026-07-15", reason: "The third AP setting's new timetable starts in January; attendance needs two terms to show its effect.", impact: "None on delivery." },
    ],
    silentFrom: "2026-08-31",
  },
  "3.2a": { work: ["Triads meeting each half term.", "Good practice repository launched."], completes: "2026-03-27", done: "Repository of good practice and cluster communities of practice established; school-to-school triads in place." },
  "3.2b": { work: ["Fit-out of Friar Gate Studios complete."], completes: "2025-11-28", done: "The Skills Centre for young people with SEN/D opened at Friar Gate Studios in November 2025.", evidence: { title: "Skills Centre launch" } },
  "3.2c": { work: ["Young people engaged through the Youth Trailblazer.", "Half of those engaged this term have SEND."], completes: "2026-07-31", done: "201 young people engaged in 2025/26, 51% of them with SEND.", evidence: { title: "Journey to Work year-end report", kind: "DATA" } },
};

const months = (from: string, points: [number, number][], noise: number, stop?: string): KpiStory => ({ monthly: { from, points, noise, stop } });

export const derbyCityKpiStories: Record<string, KpiStory> = {
  K01: months("2025-10", [[0, 97], [3, 88], [6, 94], [11, 96]], 2.5),
  // Year to date: 2025 ends short of the forecast; 2026 restarts with timely plans.
  K02: { values: [["2025-09", 39], ["2025-10", 42], ["2025-11", 45], ["2025-12", 47], ["2026-01", 86], ["2026-02", 88], ["2026-03", 89], ["2026-04", 89], ["2026-05", 90], ["2026-06", 90], ["2026-07", 91], ["2026-08", 91], ["2026-09", 91]] },
  K03: months("2025-09", [[0, 53], [6, 64], [12, 70.5]], 0.4),
  K04: { values: [["2026-08", 86]] },
  K05: { values: [["2025-12", 742]] },
  K06: months("2025-09", [[0, 68], [12, 76]], 0.6),
  K07: months("2025-07", [[0, 70], [6, 74], [14, 66]], 0.6),
  K08: months("2025-07", [[0, 1545], [5, 1610], [14, 1480]], 12),
  K09: months("2025-07", [[0, 104], [14, 96]], 4),
  K10: months("2025-10", [[0, 6.5], [11, 5.9]], 0.2),
  K11: months("2025-10", [[0, 11.5], [11, 8]], 0.3),
  K12: { values: [["2026-07", 27]] },
  K13: months("2025-05", [[0, 12], [10, 8], [16, 5.8]], 0.3),
  K14: months("2025-10", [[0, 7], [11, 5.6]], 0.2),
  // Financial year to date: the 2025/26 series ends in March; the 2026/27 measure has not been set up.
  K15: months("2025-10", [[0, 68], [5, 77]], 0.5, "2026-03"),
  K16: { values: [["2026-08", 41]] },
  K17: { values: [["2026-08", 3702]] },
  K18: months("2025-10", [[0, 50], [11, 40]], 1.5),
  K19: months("2025-10", [[0, 724], [11, 676]], 3),
  K20: months("2025-10", [[0, 71], [11, 60]], 0.8),
  K21: { values: [["2026-08", 93.1]] },
  K22: { values: [["2026-08", 89.9]] },
  K23: { values: [["2026-08", 86]] },
  K24: { values: [["2026-08", 84.2]] },
  K25: { values: [["2025-12", 58], ["2026-04", 61], ["2026-07", 63]] },
  K26: { values: [["2025-06", 21], ["2025-09", 20], ["2025-12", 18.5], ["2026-03", 17], ["2026-06", 16], ["2026-09", 15.5]] },
  K27: months("2025-10", [[0, 46], [9, 51], [11, 52]], 0.8),
  K28: { values: [["2026-08", 66.4]] },
  K29: { values: [["2026-08", 58]] },
};
