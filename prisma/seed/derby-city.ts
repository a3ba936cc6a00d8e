// Demo data transcribed from the Derby City Local Area Partnership self-assessment
// ("Living my best life", September 2025): ../shared/seeds/002_f381eeb2bb65a590.txt.
//
// Every KPI value below is a figure the document states. Targets are the document's
// own where it states one; otherwise they were set for the demo and the KPI's
// provenance says so. The document does not report an inspection under the 2023
// framework. The three areas are built from the areas for development in the 2019
// inspection (Table 1) and the "Development areas for Derby" the document lists at
// its end.
// Milestone dates come from the document where it gives one ("April 2025",
// "September 2025", "November 2025", "2025/26 academic year", "2026"). Where it
// gives none, the action's due date is used and the milestone has dateInferred: true.

import type { SeedArea, SeedKpi } from "./types";

export const derbyCityAreas: SeedArea[] = [
  // ---------------------------------------------------------------------------
  {
    code: "APA1",
    kind: "PRIORITY_ACTION",
    title: "Priority Action Area 1: Timeliness and quality of EHC needs assessments, plans and annual reviews",
    finding:
      "There were a number of significant weaknesses in the processes, timeliness, quality and outcomes of Education Health and Care (EHC) plans (EHCP)",
    leads: ["Strategic Director People Services (DCS)", "Team Manager, SEND Team"],
    successMeasures: [
      "Good quality and timely EHC plans and reviews, with a clear focus on SMART outcomes for the future",
      "Support is available at the right time in the right place so that I do not have to wait for an assessment or an EHC plan",
      "Maintain improved performance in the timeliness of EHCP assessments and Annual reviews",
    ],
    outcomes: [
      {
        code: "1.1",
        text: "EHC plans are issued within 20 weeks, annual reviews are completed on time, and the improvement is sustained",
        actions: [
          {
            code: "1.1a",
            title: "Clear the backlog of delayed EHC plans through the recovery plan",
            description:
              "Complete the 12-month recovery programme for delayed plans, using additional agency staff and an expanded establishment team, so that every plan that has waited more than 21 weeks is finalised and issued.",
            leadRole: "Team Manager, SEND Team",
            startDate: "2025-04-01",
            dueDate: "2025-06-30",
            tags: ["SEF", "Position: Demand"],
            milestones: [
              {
                text: "All plans that had experienced over 21-week delays finalised and issued",
                byWhen: "April 2025",
                dueDate: "2025-04-30",
              },
              {
                text: "No EHC plans over 21 weeks",
                byWhen: "May/June 2025",
                dueDate: "2025-06-30",
              },
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "The recovery plan started in 2024. Within 12 months, by April 2025, every plan that had been delayed for more than 21 weeks was finalised and issued.",
              },
              {
                date: "2025-06-30",
                status: "COMPLETE",
                commentary:
                  "No plans over 21 weeks from May/June 2025. The backlog recovery is complete and the focus moves to keeping new plans on time (1.1b).",
              },
            ],
          },
          {
            code: "1.1b",
            title: "Sustain 20-week timeliness for new EHC plans",
            description:
              "Maintain the improved completion rate for new plans now that the delayed plans have been cleared, and report timeliness monthly through the multi-agency insight dashboard.",
            leadRole: "Team Manager, SEND Team",
            startDate: "2025-04-01",
            dueDate: "2025-12-31",
            tags: ["SEF", "Table 1", "Development areas"],
            milestones: [
              {
                text: "Plans finalised within 20 weeks (excluding exceptions) reported monthly to the Local Area SEN/D and Inclusion Partnership Board",
                byWhen: "Monthly from July 2025",
                recurrence: { frequency: "MONTHLY", startDate: "2025-07-01", endDate: "2026-03-31" },
              },
              {
                text: "Cumulative timeliness for the year of over 50% (the document's forecast)",
                byWhen: "31 December 2025",
                dueDate: "2025-12-31",
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary: "100% of plans completed in July 2025 (excluding exceptions) were issued within 20 weeks.",
              },
              {
                date: "2025-08-31",
                status: "ON_TRACK",
                commentary:
                  "100% of plans were issued within 20 weeks in both July and August. The year-to-date rate was 35% at the end of August 2025.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "September 2025 was another 100% month. Cumulative timeliness for the year is forecast to be over 50%.",
              },
            ],
          },
          {
            code: "1.1c",
            title: "Deliver the Annual Review recovery plan",
            description:
              "Dedicated staff allocated to annual review timeliness, prioritising looked after children, young people known to the youth justice service, electively home educated children and those receiving an education other than at school package. The Team Manager monitors progress weekly.",
            leadRole: "Team Manager, SEND Team",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Position: Demand", "Development areas"],
            milestones: [
              {
                text: "Annual review timeliness reported monthly (weekly Team Manager monitoring)",
                byWhen: "Monthly",
                recurrence: { frequency: "MONTHLY", startDate: "2025-04-01", endDate: "2026-03-31" },
              },
              {
                text: "Overdue annual reviews cleared, starting with looked after children, young people known to YJS, EHE and EOTAS",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "AT_RISK",
                commentary:
                  "Annual review timeliness has suffered from system demand and from the focus on clearing delayed plans. Dedicated staff are now allocated and the Team Manager monitors progress weekly.",
              },
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary:
                  "65% of annual reviews for AY 2024/25 have been completed. 51% of reviews were completed on time in the 12 months to the end of August 2025.",
              },
            ],
          },
        ],
      },
      {
        code: "1.2",
        text: "EHC plans are good quality with SMART outcomes, and needs are met earlier without the need for a plan",
        actions: [
          {
            code: "1.2a",
            title: "Improve plan quality with the new SMART Plan and Annual Review templates",
            description:
              "Sharpen the focus on SMART outcomes, preparation for adulthood and the voice of the child so that quality no longer varies between plans. Audit plan quality quarterly.",
            leadRole: "Team Manager, SEND Team",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Position: Demand"],
            milestones: [
              {
                text: "Quarterly audit of EHC plan quality (PFA content and voice of the child)",
                byWhen: "Quarterly",
                recurrence: { frequency: "QUARTERLY", startDate: "2025-06-30", endDate: "2026-03-31" },
              },
              {
                text: "Plans audited as good, with clear PFA outcomes and the voice of the child as the golden thread",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The Quarter 1 audit found plans mostly 'requires improvement': PFA information was insufficient and the voice of the child was not the golden thread.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "The new SMART Plan and Annual Review templates are in use. Work with the teams on PFA content and the voice of the child has been delivered.",
              },
            ],
          },
          {
            code: "1.2b",
            title: "Increase take-up of Moving Forward Together meetings and SEN support plans",
            description:
              "When an EHC needs assessment or plan is declined, offer schools and families a strengths-based Moving Forward Together meeting and produce an SEN support plan. In 2025/26, increase school visits to check how needs are being met earlier.",
            leadRole: "Team Manager, SEND Team (with the Inclusion Support Panel)",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Demand"],
            milestones: [
              {
                text: "More school visits to check how needs are met at SEN support; take-up of Moving Forward Together meetings above 50%",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "Take-up of Moving Forward Together meetings in AY 2024/25 was under 50%. In a recent survey, 56% of respondents agreed or strongly agreed that MFTs are a useful part of the statutory process.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary: "A higher number of school visits is in place for 2025/26 as the focus for this issue.",
              },
            ],
          },
          {
            code: "1.2c",
            title: "Review the SEND Team and its processes, including the use of AI",
            description:
              "Restructure the local authority inclusion and SEND teams and review processes to improve quality and efficiency. Introduce AI to make assessments and plans more consistent, keep plans and annual reviews on time, and produce provision maps.",
            leadRole: "Strategic Director People Services (DCS)",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Table 1"],
            milestones: [
              {
                text: "Restructuring of LA inclusion and SEND teams completed",
                byWhen: "2025",
                dueDate: "2025-12-31",
              },
              {
                text: "AI in use to support assessments, plans and provision maps",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary:
                  "The review of the SEND Team and its processes is under way. AI technology is being explored to improve quality and efficiency.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "The LA inclusion and SEND teams are being restructured into a single Inclusion Service so that children and families get a more holistic approach.",
              },
            ],
          },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    code: "APA2",
    kind: "PRIORITY_ACTION",
    title: "Priority Action Area 2: Waiting times for specialist assessments (neurodevelopmental, CAMHS, therapies)",
    finding:
      "There was long-standing systemic issues resulting in long wait times for some key specialist assessments",
    leads: ["SRO for SEND, NHS Derby and Derbyshire ICB", "Designated Clinical Officer for SEND"],
    successMeasures: [
      "Health waiting lists are at national target (diagnostic and needs assessments) with a clear plan for support",
      "Deliver on the CAMHS, Wheelchairs, AHC, ND, and OT, and Community Physio recovery programmes",
      "Develop the LD and Down Syndrome pathways",
    ],
    outcomes: [
      {
        code: "2.1",
        text: "Children and young people wait less for a neurodevelopmental assessment and are supported while they wait",
        actions: [
          {
            code: "2.1a",
            title: "Deliver the joint ND assessment recovery plan and the 3-year ND transformation",
            description:
              "A joint recovery plan by NHS providers and the local authority, backed by a successful 3-year business case for ND transformation (a joint responsibility), to tackle how often children are referred and how many, and so reduce waiting times.",
            leadRole: "SRO for SEND, NHS Derby and Derbyshire ICB",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Table 1", "Position: Needs"],
            milestones: [
              {
                text: "ND average wait, number waiting and referrals reported through the monthly multi-agency insight dashboard",
                byWhen: "Monthly",
                recurrence: { frequency: "MONTHLY", startDate: "2025-04-01", endDate: "2026-03-31" },
              },
              {
                text: "Year 1 of the ND transformation business case delivered",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "AT_RISK",
                commentary:
                  "The joint recovery plan is in place and the 3-year business case for ND transformation has been approved. Children in Derby still wait too long for ND assessments.",
              },
              {
                date: "2025-06-30",
                status: "OFF_TRACK",
                commentary:
                  "June 2025: the average wait is 69 weeks (46 in August 2024) and 1,530 children are waiting (1,332 in August 2024). There were 108 referrals in the month, against an 11-month average of 105.",
              },
              {
                date: "2025-09-30",
                status: "OFF_TRACK",
                commentary:
                  "Waits remain far above target. Independent research has been commissioned with system stakeholders, including CYP and parents/carers, to understand demand and meet needs earlier.",
              },
            ],
          },
          {
            code: "2.1b",
            title: "Extend the early-years ND triage pilot to 3–4-year-olds",
            description:
              "Triage early-years referrals for ND assessment so that children who need an assessment do not wait for triage. Children who do not need one get support through the Intervention First programme and Family Hubs.",
            leadRole: "Community Paediatricians with Health Visitors and Family Hubs",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Needs"],
            milestones: [
              {
                text: "Triage extended to 3–4-year-olds, dovetailed with SENIF targeted work",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "The initial pilot (September 2024 to February 2025, 2-year-olds referred by health visitors and GPs) saw 163 children. Average time from triage to diagnosis was 4 months (c.17 weeks).",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary: "Expansion to 3–4-year-olds is planned for AY 2025/26, linked with the SEN Inclusion Fund.",
              },
            ],
          },
          {
            code: "2.1c",
            title: "Provide pre- and post-diagnostic support through the ND Community Hub",
            description:
              "The ND Community Hub at St James' Centre gives advice, support and information to children and families with or without a diagnosis, reducing the risks of long waits.",
            leadRole: "NHS Derby and Derbyshire ICB commissioners",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Position: Needs"],
            milestones: [
              {
                text: "ND Community Hub sessions held at St James' Centre",
                byWhen: "Monthly",
                recurrence: { frequency: "MONTHLY", startDate: "2025-04-01", endDate: "2026-03-31" },
              },
            ],
            updates: [
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "Since the Hub opened in 2023 there have been 321 sessions and 776 attendees, 457 of them children and young people. 99% of those asked felt more supported and 100% felt welcome and safe.",
              },
            ],
          },
          {
            code: "2.1d",
            title: "Extend PINS (Partnerships for Inclusion of Neurodiversity in Schools) to six more schools",
            description:
              "Build on the AET roll-out, sensory training, play therapy and ELSA so that schools give support at the earliest opportunity and fewer children need referral for specialist ND assessment.",
            leadRole: "PINS project (NHS Derby and Derbyshire ICB with Derby City Council)",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Needs"],
            milestones: [
              {
                text: "6 more schools implement PINS",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary: "6 schools implemented PINS in 2024/25. 6 more are due in 2025/26.",
              },
            ],
          },
        ],
      },
      {
        code: "2.2",
        text: "Waits for other specialist health services fall through the CAMHS, wheelchair, annual health check and pathway recovery programmes",
        actions: [
          {
            code: "2.2a",
            title: "Expand routine CAMHS capacity through the approved ICB business case",
            description:
              "The ICB is investing to expand and develop DHCFT CAMHS and reduce internal waits for routine services. This includes a Service Development Improvement Plan covering service specifications, quality and data reporting, and demand and capacity benchmarking.",
            leadRole: "NHS Derby and Derbyshire ICB commissioners with DHCFT CAMHS",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Position Needs: Adolescence"],
            milestones: [
              {
                text: "Service Development Improvement Plan delivered (specifications, quality and data reporting, demand and capacity benchmarking)",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary: "The ICB has approved the business case to invest in expanding DHCFT CAMHS.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "97 children and young people are waiting for CAMHS assessment, with an average wait of 12 weeks. The mean MHST wait from August 2024 to July 2025 was 32 days.",
              },
            ],
          },
          {
            code: "2.2b",
            title: "Clear long waits for wheelchairs",
            description:
              "Every child or young person with a long wheelchair wait has an individual action plan. The ICB is working with the new service provider to implement the plans at pace.",
            leadRole: "NHS Derby and Derbyshire ICB (with the wheelchair service provider)",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Development areas"],
            milestones: [
              {
                text: "Individual action plans implemented for every child and young person with a long wheelchair wait",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary:
                  "Long waits have been identified and details collated for every child and young person affected. Each has an individual action plan.",
              },
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary:
                  "The plans are being implemented with the new provider, but long waits have not yet been cleared. This is one of the recovery programmes named in the development areas.",
              },
            ],
          },
          {
            code: "2.2c",
            title: "Increase uptake of Learning Disability Annual Health Checks",
            description:
              "A multi-agency team including Primary Care and NHS providers. Monthly CQRS reports go to practices and PCNs, the LD SHFT runs awareness sessions, and LD AHCs are flagged at EHCP reviews.",
            leadRole: "LD Strategic Health Facilitation Team (LD SHFT) with Primary Care",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Development areas"],
            milestones: [
              {
                text: "PCN-level LD AHC reports shared via the Derbyshire GP Provider Board",
                byWhen: "Monthly",
                recurrence: { frequency: "MONTHLY", startDate: "2025-04-01", endDate: "2026-03-31" },
              },
              {
                text: "Links with education in place so LD AHCs are flagged at EHCP reviews",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "66% of LD AHCs completed financial year to date (2025/26). Work is under way to check how reliable the data is. National 2024/25 data will be used to target support to PCNs and practices.",
              },
            ],
          },
          {
            code: "2.2d",
            title: "Develop the Learning Disability and Down Syndrome pathways",
            description:
              "Develop the LD and Down Syndrome pathways as part of the Preparing for Adulthood pathway priority in the Local Area Inclusion Plan, with the expert-by-experience-led Learning Disability Partnership panel.",
            leadRole: "NHS Derby and Derbyshire ICB with the Learning Disability Partnership panel",
            startDate: "2025-04-01",
            dueDate: "2026-12-31",
            tags: ["SEF", "Development areas"],
            milestones: [
              {
                text: "LD (separated from global developmental delay) and Down Syndrome pathways developed",
                byWhen: "2026",
                dueDate: "2026-12-31",
              },
            ],
            updates: [
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary:
                  "The partnership cannot yet separate the global developmental delay and learning disability pathways because the national reforms to health partnerships and ICBs have disrupted the work. There are 105 young people under 25 with Down Syndrome.",
              },
            ],
          },
        ],
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    code: "AFI1",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 1: Children and young people in education, achieving and prepared for adulthood",
    finding:
      "Continue to address the proportionality of the number of those Electively Home Educated as a % of the school age population. " +
      "Maintain the drive to reduce those who are NEET and provide opportunities to increase the proportion of children and young people who are economically active in Derby. " +
      "Outcomes for pupils in Derby, at all Key Stages (particularly Key Stage 4), including for pupils with special educational needs and disabilities and in AP are too low.",
    leads: ["Inclusion and School Attendance Team, Inclusion Service", "Chair of the Area Inclusion Partnership Board"],
    successMeasures: [
      "Good learning outcomes and access to education that meets my needs available in my local school",
      "Children are supported to remain in school",
      "Services delivered through schools, SEND post 16 Hub, and Supported internship forum are helping our young people plan for the future, gaining an insight into work.",
    ],
    outcomes: [
      {
        code: "3.1",
        text: "Children and young people with SEND stay in school or return to education, and attend well",
        actions: [
          {
            code: "3.1a",
            title: "Deliver the Elective Home Education action plan",
            description:
              "The plan covers school accountability, with a targeted challenge meeting at each new notification, and an IYFA panel for those re-entering education. It also mobilises five pathways back into education, including commissioned provision for years 10–11, and adds targeted triage and visits for vulnerable groups, work at phase transfer and sessions for parents/carers in Family Hubs.",
            leadRole: "Derby City EHE Team, Inclusion Service",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Development areas"],
            milestones: [
              {
                text: "Taster day at Broomfield College for secondary-age EHE learners and their families",
                byWhen: "July 2025",
                dueDate: "2025-07-31",
              },
              {
                text: "Suite of activities with Derby College to support EHE learners with Post-16 options",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "The taster day at Broomfield College was held in July 2025 for secondary-age learners and their families, to raise awareness of the Derby College Post-16 offer.",
              },
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary:
                  "726 children are electively home educated (September 2025) and 72 of them have an EHCP. Numbers have grown over the last three years.",
              },
            ],
          },
          {
            code: "3.1b",
            title: "Strengthen preventative pathways to reduce suspensions and exclusions",
            description:
              "Strengthen therapeutic and preventative pathways in secondary schools to reduce reliance on AP and exclusions. Make Fresh Start placements more sustainable, ensure all schools take an equitable part in Behaviour Leads Meetings and Panels, and review the new panel referral limits.",
            leadRole: "Behaviour Strategy Steering Group with the Inclusion and School Attendance Team",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Alternative Provision"],
            milestones: [
              {
                text: "Fresh Start placements made more sustainable through enhanced transition planning and sharing of good practice",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
              {
                text: "Impact of new panel referral limits and streamlined processes monitored and reviewed",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "There were 46 permanent exclusions in 2024/25, down from 91 in 2018/19 despite a national upward trend. Offers of placements through Behaviour Leads Meetings rose from 12 in 2020/21 to 109 in 2024/25.",
              },
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary:
                  "There were 3,928 suspensions in 2024/25. Of 32 Fresh Start placements, 44% have broken down. Secondary schools find it harder to sustain placements.",
              },
            ],
          },
          {
            code: "3.1c",
            title: "Launch the revised Part-time Timetable and Reintegration Plan Notification portal",
            description:
              "Improve reporting on part-time timetables and on any alternative provision in place while a child has a time-limited, monitored reduced education offer.",
            leadRole: "Inclusion and School Attendance Team, Inclusion Service",
            startDate: "2025-04-01",
            dueDate: "2025-09-30",
            tags: ["SEF", "Position: Alternative Provision"],
            milestones: [
              {
                text: "Revised Part-time Timetable and Reintegration Plan Notification portal launched",
                byWhen: "September 2025",
                dueDate: "2025-09-30",
              },
            ],
            updates: [
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary:
                  "332 children and young people were on a part-time timetable in AY 2024/25. 110 had SEN status and most timetables (163) were put in place because of mental health needs.",
              },
              {
                date: "2025-09-30",
                status: "COMPLETE",
                commentary: "The revised portal was launched in September 2025.",
              },
            ],
          },
          {
            code: "3.1d",
            title: "Improve attendance in alternative provision",
            description:
              "Attendance in alternative provision is a stated priority. Monitor it through targeting support meetings and the AP Quality Assurance Framework and Directory.",
            leadRole: "Inclusion and School Attendance Team, Inclusion Service",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Alternative Provision"],
            milestones: [
              {
                text: "AP attendance reviewed each term through targeting support meetings",
                byWhen: "Termly",
                recurrence: { frequency: "QUARTERLY", startDate: "2025-09-01", endDate: "2026-07-31" },
              },
            ],
            updates: [
              {
                date: "2025-09-30",
                status: "AT_RISK",
                commentary: "Attendance in alternative provision was 56%, a stated concern and priority.",
              },
            ],
          },
        ],
      },
      {
        code: "3.2",
        text: "Young people with SEND achieve better outcomes and move into education, employment or training",
        actions: [
          {
            code: "3.2a",
            title: "Inclusive Curriculum working group and school-to-school support",
            description:
              "The Inclusive Curriculum priority working group is building a repository of good practice and cluster communities of practice. Clusters and triads of schools are being set up with the early years and primary strategy groups.",
            leadRole: "Chair of the Area Inclusion Partnership Board",
            startDate: "2025-04-01",
            dueDate: "2026-03-31",
            tags: ["SEF", "Position: Outcomes", "Development areas"],
            milestones: [
              {
                text: "Repository of good practice and cluster communities of practice established",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
              {
                text: "School-to-school clusters/triads established with the early years and primary strategy groups",
                byWhen: "31 March 2026",
                dueDate: "2026-03-31",
                dateInferred: true,
              },
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "The working group is set up, including the Research School. GLD was 64.8% against 67.7% nationally. KS2 RWM was 54% against 61% nationally.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary:
                  "The Cavendish Close, Alvaston Infants and Oakwood Infants triad shows the model working. Secondary work will follow once school-level KS4 and KS5 results are available.",
              },
            ],
          },
          {
            code: "3.2b",
            title: "Open the Skills Centre for young people with SEN/D at Friar Gate Studios",
            description:
              "Education providers and commercial partners share a centre at Friar Gate Studios that helps young people, particularly those with SEND, become economically active. It was co-designed with the 100 Young SEND Ambassadors and Derby SEND Voice.",
            leadRole: "Derby Promise partnership (Derby City Council with education providers)",
            startDate: "2025-04-01",
            dueDate: "2025-11-30",
            tags: ["SEF", "Position: Preparation for adulthood"],
            milestones: [
              {
                text: "Skills Centre for young people with SEN/D launched",
                byWhen: "November 2025",
                dueDate: "2025-11-30",
              },
            ],
            updates: [
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary: "Education providers and commercial entities invited to co-locate at Friar Gate Studios.",
              },
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary: "On course for the November 2025 launch.",
              },
            ],
          },
          {
            code: "3.2c",
            title: "Youth Trailblazer and Journey to Work: engage 200 young people, half with SEND",
            description:
              "Pilot the NDTi programme for 16–19-year-olds without an EHCP, mostly from AP, alongside the youth trailblazer for care-experienced young people and those with SEND. Work with the DWP so that young people on benefits see no drop in income during training.",
            leadRole: "SEND Supported Employment Officer",
            startDate: "2025-04-01",
            dueDate: "2026-07-31",
            tags: ["SEF", "Position: Preparation for adulthood"],
            milestones: [
              {
                text: "200 young people engaged, 50% of them with SEND",
                byWhen: "2025/26 academic year",
                dueDate: "2026-07-31",
              },
            ],
            updates: [
              {
                date: "2025-09-30",
                status: "ON_TRACK",
                commentary: "45% of beneficiaries after 3 months have SEND, against the 50% target.",
              },
            ],
          },
        ],
      },
    ],
  },
];

// -----------------------------------------------------------------------------
// KPIs
// -----------------------------------------------------------------------------

export const derbyCityKpis: SeedKpi[] = [
  // ---- APA1: EHC plans and annual reviews -----------------------------------
  {
    code: "K01",
    name: "EHC plans issued within 20 weeks (in month)",
    definition:
      "Percentage of new EHC plans finalised in the month that were issued within 20 weeks of the request for assessment, excluding exception cases.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council SEND team case management system",
    areaCode: "APA1",
    baseline: { value: 100, date: "2025-07-01" },
    target: { value: 90, date: "2026-03-31" },
    tolerance: 10,
    values: [
      { period: "2025-07-01", value: 100 },
      { period: "2025-08-01", value: 100 },
      { period: "2025-09-01", value: 100 },
    ],
    provenance:
      "'Position: Demand', Action 2: 'completions excluding exceptions hit 100% in July, August and September 2025'. Table 1 agrees: '100% of EHCPs issued in 20wks in last 2 months' at the end of August 2025. The document gives no earlier monthly figures. Target set for the demo: at least 90% every month, reflecting the development area 'Maintain improved performance in the timeliness of EHCP assessments'.",
  },
  {
    code: "K02",
    name: "EHC plans issued within 20 weeks (year to date)",
    definition:
      "Cumulative percentage of new EHC plans issued within 20 weeks since the start of the calendar year (the basis of the DfE SEN2 return).",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council SEND team case management system (DfE SEN2 return)",
    areaCode: "APA1",
    baseline: { value: 35, date: "2025-08-01" },
    target: { value: 50, date: "2025-12-31" },
    tolerance: 5,
    values: [{ period: "2025-08-01", value: 35, note: "Year to date at the end of August 2025" }],
    provenance:
      "Table 1, 2019 development area on EHC plans, 'Current context' ('At the end of August 2025 … 35% YTD'). The document does not say which year 'YTD' means; it is read as the calendar year, the basis of the DfE SEN2 return. Target: the document's own forecast of 'a forecast cumulative year timeliness of over 50%' ('Position: Demand', Action 2), used as the target.",
  },
  {
    code: "K03",
    name: "Annual reviews completed on time (rolling 12 months)",
    definition: "Percentage of EHCP annual reviews completed within timescale over the previous 12 months.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council SEND team case management system (Annual Review recovery plan tracker)",
    areaCode: "APA1",
    baseline: { value: 51, date: "2025-08-01" },
    target: { value: 70, date: "2026-03-31" },
    tolerance: 5,
    values: [{ period: "2025-08-01", value: 51, note: "12 months to end of August 2025" }],
    provenance:
      "Table 1, 2019 development area on EHC plans, 'Current context' ('51% of reviews completed on time in the last 12-months', at the end of August 2025). Target set for the demo (70% by March 2026). The document gives no numeric target.",
  },
  {
    code: "K04",
    name: "Annual reviews completed for the academic year",
    definition: "Percentage of EHCP annual reviews due in the academic year that have been completed, whether on time or not.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "Derby City Council SEND team case management system (Annual Review recovery plan tracker)",
    areaCode: "APA1",
    baseline: { value: 65, date: "2025-08-01" },
    target: { value: 90, date: "2026-08-31" },
    tolerance: 5,
    values: [{ period: "2025-08-01", value: 65, note: "AY 2024/25, as reported September 2025" }],
    provenance:
      "'Position: Demand', Action 4 ('65% of AR for the AY 2024/5 have been completed'). Target set for the demo: 90% for AY 2025/26.",
  },
  {
    code: "K05",
    name: "Requests for EHC needs assessment",
    definition: "Number of new requests for an EHC needs assessment received in the calendar year.",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "Derby City Council SEND team case management system (DfE SEN2 return)",
    areaCode: "APA1",
    baseline: { value: 531, date: "2021-12-01" },
    target: { value: 715, date: "2025-12-31" },
    tolerance: 40,
    values: [
      { period: "2021-12-01", value: 531 },
      { period: "2022-12-01", value: 620 },
      { period: "2023-12-01", value: 775 },
      { period: "2024-12-01", value: 795 },
    ],
    provenance:
      "'Position: Demand' ('775 new requests in 2023, up from 620 in 2022 and 531 in 2021 … in 2024 were at 795'). The same section forecasts 715 requests for 2025, of which 450 are forecast to progress to a plan. That forecast is used as the target, not as a value. The document notes Derby's request rate is significantly high compared with neighbouring LAs and statistical neighbours, but gives no comparator figures. Direction: the partnership's aim is to meet needs earlier, at SEN support.",
  },
  {
    code: "K06",
    name: "Parent/carer feedback on issue of EHC plans that is positive or neutral",
    definition: "Percentage of feedback from parents/carers, received when a plan is issued, that is positive or neutral.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council SEND team: parent/carer feedback on issue of plans",
    areaCode: "APA1",
    baseline: { value: 67, date: "2025-08-01" },
    target: { value: 75, date: "2026-03-31" },
    tolerance: 5,
    values: [{ period: "2025-08-01", value: 67, note: "As at end of August 2025" }],
    provenance:
      "Table 1, 2019 development area on EHC plans, 'Current context' ('67% of feedback from parents/carers received on issue of plans was positive or neutral'). Target set for the demo (75%).",
  },

  // ---- APA2: specialist assessment waits -------------------------------------
  {
    code: "K07",
    name: "Neurodevelopmental (ND) assessment: average wait",
    definition: "Average waiting time, in weeks, for children and young people on the ND assessment pathway.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "NHS Derby and Derbyshire ICB ND waiting list report (ND assessment recovery plan)",
    areaCode: "APA2",
    baseline: { value: 46, date: "2024-08-01" },
    target: { value: 52, date: "2026-03-31" },
    tolerance: 4,
    values: [
      { period: "2024-08-01", value: 46 },
      {
        period: "2025-06-01",
        value: 69,
        note: "Table 1 ('Current context', undated) gives 67 weeks alongside 1,530 waiting",
      },
    ],
    provenance:
      "'Position: Needs', ND table ('ND average wait times: August 2024 = 46 weeks, June 2025 = 69 weeks'). Table 1 quotes 'ND average wait time - 67 weeks, 1530 waiting' without a date. The document states no numeric target (Outcome 2: 'Health waiting lists are at national target'). Target set for the demo: an average wait under 52 weeks by March 2026.",
  },
  {
    code: "K08",
    name: "Neurodevelopmental (ND) assessment: number waiting",
    definition: "Number of children and young people on the ND assessment waiting list.",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "NHS Derby and Derbyshire ICB ND waiting list report (ND assessment recovery plan)",
    areaCode: "APA2",
    baseline: { value: 1332, date: "2024-08-01" },
    target: { value: 1332, date: "2026-03-31" },
    tolerance: 100,
    values: [
      { period: "2024-08-01", value: 1332 },
      { period: "2025-06-01", value: 1530 },
    ],
    provenance:
      "'Position: Needs', ND table ('ND number waiting: August 2024 = 1332, June 2025 = 1530'). Table 1 also gives 1530 waiting. Target set for the demo: back to the August 2024 level (1,332) by March 2026.",
  },
  {
    code: "K09",
    name: "Neurodevelopmental (ND) assessment: referrals in month",
    definition: "Number of new referrals for ND assessment received in the month.",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "NHS Derby and Derbyshire ICB ND waiting list report (ND assessment recovery plan)",
    areaCode: "APA2",
    baseline: { value: 28, date: "2024-08-01" },
    target: { value: 100, date: "2026-03-31" },
    tolerance: 10,
    values: [
      { period: "2024-08-01", value: 28 },
      { period: "2025-06-01", value: 108 },
    ],
    provenance:
      "'Position: Needs', ND table ('ND Referral numbers: August 2024 = 28 – compared to June 2025 = 108; Average for the 11 months from August 2024 to June 2025 = 105'). The 11-month average is not a monthly value, so it is not stored as one. The text says the recovery plan is 'producing an overall downward trend in referrals'. Target set for the demo: under 100 a month, below the 11-month average of 105. Direction: the recovery plan aims to reduce how often children are referred and the overall demand.",
  },
  {
    code: "K10",
    name: "Specialist speech and language therapy assessment: average wait",
    definition:
      "Current average wait, in weeks, for a specialist speech and language therapy assessment, across both the SLC and social communication/autism pathways.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "NHS speech and language therapy service waiting list data",
    areaCode: "APA2",
    baseline: { value: 6, date: "2025-09-01" },
    target: { value: 6, date: "2026-03-31" },
    tolerance: 2,
    values: [{ period: "2025-09-01", value: 6, note: "'Current' at the September 2025 self-assessment" }],
    provenance:
      "'Position: Needs', section B ('The current average wait for a specialist speech and language therapy assessment … is 6 weeks'). Table 1 also gives 'SaLT average wait – 6 weeks'. Target set for the demo: keep the wait at or below 6 weeks.",
  },
  {
    code: "K11",
    name: "CAMHS assessment: average wait",
    definition: "Current average waiting time, in weeks, for assessment by CAMHS for children and young people in Derby City.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derbyshire Healthcare NHS Foundation Trust (DHCFT) CAMHS waiting list data",
    areaCode: "APA2",
    baseline: { value: 12, date: "2025-09-01" },
    target: { value: 8, date: "2026-03-31" },
    tolerance: 2,
    values: [
      { period: "2025-09-01", value: 12, note: "'Currently' at the September 2025 self-assessment; 97 CYP waiting" },
    ],
    provenance:
      "'Position Needs: Adolescence' ('Currently there are 97 children and young people waiting to be assessed by CAMHS and the average waiting time is 12 weeks'). Target set for the demo (8 weeks), following the ICB's approved CAMHS expansion business case.",
  },
  {
    code: "K12",
    name: "Mental Health Support Teams: mean wait for assessment and start of service",
    definition:
      "Mean number of days, across all Derby City MHSTs (Compass Changing Lives), from referral to assessment and start of the service.",
    unit: "DAYS",
    direction: "LOWER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "Compass Changing Lives MHST activity data (commissioned by NHS Derby and Derbyshire ICB)",
    areaCode: "APA2",
    baseline: { value: 32, date: "2025-07-01" },
    target: { value: 28, date: "2026-03-31" },
    tolerance: 7,
    values: [
      {
        period: "2025-07-01",
        value: 32,
        note: "Mean for August 2024 – July 2025 (32 days / 4 weeks); 10 CYP waiting on 8 Sept 2025",
      },
    ],
    provenance:
      "'Position Needs: Adolescence', Action 2 (Compass): 'Between August 2024 to July 2025 the mean average waiting time across all Derby City MHSTs … was 32 days/4 weeks'. The EITSS figure (46 days) covers City and South Derbyshire together, so it is not used. Target set for the demo: 28 days (4 weeks).",
  },
  {
    code: "K13",
    name: "Paediatric audiology: average wait for first appointment",
    definition: "Average wait, in weeks, for a first hearing assessment appointment for children in Derby.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "NHS paediatric audiology waiting list data",
    areaCode: "APA2",
    baseline: { value: 12.4, date: "2025-04-01" },
    target: { value: 6, date: "2026-03-31" },
    tolerance: 2,
    values: [{ period: "2025-04-01", value: 12.4, note: "From April 2025; 383 waiting for a first appointment" }],
    provenance:
      "'Position: Needs' ('Audiology data for hearing assessments in Derby from April 2025: 383 waiting for a first appointment, average waiting time 12.4 weeks'). The document notes there is no national target for screening. Target set for the demo: 6 weeks, in line with the NHS 6-week diagnostic standard (DM01), which includes audiology assessments.",
  },
  {
    code: "K14",
    name: "Local authority occupational therapy assessment for disabled children: average wait",
    definition: "Average current wait, in weeks, from referral to assessment for a disabled child waiting for an LA OT assessment.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council Integrated Disabled Children's Service (The Lighthouse) OT waiting list",
    areaCode: "APA2",
    baseline: { value: 7, date: "2025-09-01" },
    target: { value: 6, date: "2026-03-31" },
    tolerance: 2,
    values: [
      {
        period: "2025-09-01",
        value: 7,
        note: "'Currently' at the September 2025 self-assessment; 24 waiting; longest current wait 24 weeks (Table 1)",
      },
    ],
    provenance:
      "'Position Complex Needs', item 3 ('The number of disabled children … currently waiting for a local authority OT assessment is 24, average current waiting time … is 7 weeks'). Table 1 gives the longest current wait as 24 weeks. Target set for the demo (6 weeks); the document says the team now has a full complement of staff.",
  },
  {
    code: "K15",
    name: "Learning Disability Annual Health Checks completed",
    definition:
      "Percentage of young people in Derby City with a learning disability who are eligible for an LD Annual Health Check and have had one, financial year to date.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Calculating Quality Reporting System (CQRS) LD AHC data, monthly reports to the Derbyshire GP Provider Board",
    areaCode: "APA2",
    baseline: { value: 66, date: "2025-09-01" },
    target: { value: 75, date: "2026-03-31" },
    tolerance: 5,
    values: [
      {
        period: "2025-09-01",
        value: 66,
        note: "Financial year 2025/26 to date, as reported in the September 2025 self-assessment",
      },
    ],
    provenance:
      "Complex needs 'Action' list, item 3 ('Financial year to date figure (2025/6) for completion of LD Annual Healthcheck … is 66%'). The document says work is under way to check how reliable the data is. Target set for the demo: the NHS Long Term Plan ambition of 75%.",
  },

  // ---- AFI1: in education, attendance, outcomes, NEET ------------------------
  {
    code: "K16",
    name: "Permanent exclusions",
    definition: "Number of permanent exclusions from Derby schools in the academic year (all pupils).",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "Derby City Council Inclusion Service exclusions data",
    areaCode: "AFI1",
    baseline: { value: 91, date: "2019-08-01" },
    target: { value: 40, date: "2026-08-31" },
    tolerance: 5,
    values: [
      { period: "2019-08-01", value: 91, note: "AY 2018/19" },
      { period: "2025-08-01", value: 46, note: "AY 2024/25: 37 secondary, 9 primary" },
    ],
    provenance:
      "'Position: Alternative Provision', Key achievements ('Permanent exclusions have reduced from 91 in 2018/19 to 46 in 2024/25 (37 secondary, 9 primary), despite a national upward trend'). The 46 also appears in the 'In Derby' summary. The breakdown by SEN (9 EHCP, 39 SEN support) adds up to more than the total of 46, so it is not used. Target set for the demo: 40 in AY 2025/26.",
  },
  {
    code: "K17",
    name: "Suspensions",
    definition: "Number of suspensions (fixed-term exclusions) from Derby schools in the academic year (all pupils).",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "Derby City Council Inclusion Service exclusions data",
    areaCode: "AFI1",
    baseline: { value: 3928, date: "2025-08-01" },
    target: { value: 3535, date: "2026-08-31" },
    tolerance: 150,
    values: [
      {
        period: "2025-08-01",
        value: 3928,
        note: "AY 2024/25 ('In Derby' summary). The AP section gives 3,516 to 07/07/2025 (353 primary, 3,163 secondary)",
      },
    ],
    provenance:
      "'In Derby' summary ('3928 suspensions … in 2024/5'). 'Position: Alternative Provision', Challenges, gives '3,516 fixed-term exclusions (suspensions) … in 2024/25 to date (at 07/07/2025)'. Of those, primary: 99 EHCP, 159 SEN support; secondary: 216 EHCP, 1,179 SEN support. Target set for the demo: a 10% reduction (3,535) in AY 2025/26.",
  },
  {
    code: "K18",
    name: "Children missing education (CME)",
    definition: "Number of children recorded as missing education (point-in-time count).",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council Inclusion and School Attendance Team CME records",
    areaCode: "AFI1",
    baseline: { value: 51, date: "2025-09-01" },
    target: { value: 40, date: "2026-03-31" },
    tolerance: 10,
    values: [{ period: "2025-09-01", value: 51, note: "'Currently (September 2025)'" }],
    provenance:
      "'Position: Alternative Provision' ('Currently (September 2025) there are 51 are CME'). The 'In Derby' summary also gives 51. Target set for the demo (40).",
  },
  {
    code: "K19",
    name: "Children electively home educated (EHE)",
    definition:
      "Number of children of compulsory school age recorded as electively home educated (point-in-time count). The school-age population is 46,582.",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council EHE Team records",
    areaCode: "AFI1",
    baseline: { value: 726, date: "2025-09-01" },
    target: { value: 650, date: "2026-03-31" },
    tolerance: 30,
    values: [{ period: "2025-09-01", value: 726, note: "'Currently 726 (sept 2025)'; 72 have an EHCP" }],
    provenance:
      "'Position: Alternative Provision' ('Currently 726 (sept 2025) and 72 have an EHCP'). The 'In Derby' summary also gives 726. The development area is to 'address the proportionality of the number of those Electively Home Educated as a % of the school age population'. Target set for the demo: 650 by March 2026.",
  },
  {
    code: "K20",
    name: "Electively home educated children with an EHCP",
    definition: "Number of electively home educated children who have an EHC plan (point-in-time count).",
    unit: "COUNT",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council EHE Team records",
    areaCode: "AFI1",
    baseline: { value: 72, date: "2025-09-01" },
    target: { value: 60, date: "2026-03-31" },
    tolerance: 5,
    values: [{ period: "2025-09-01", value: 72 }],
    provenance:
      "'Position: Alternative Provision' ('Currently 726 (sept 2025) and 72 have an EHCP'). Target set for the demo (60).",
  },
  {
    code: "K21",
    name: "Attendance: SEN Support pupils, primary",
    definition: "Overall attendance rate of primary-phase pupils on SEN Support in the academic year.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "School attendance data (Derby City Inclusion and School Attendance Team analysis)",
    areaCode: "AFI1",
    baseline: { value: 92.9, date: "2025-08-01" },
    target: { value: 92.8, date: "2026-08-31" },
    tolerance: 1,
    values: [{ period: "2025-08-01", value: 92.9, note: "AY 2024/25" }],
    benchmarks: [{ kind: "NATIONAL", period: "2025-08-01", value: 92.8 }],
    provenance:
      "'Position: Alternative Provision', Attendance ('In the academic year 24/25 the attendance of those on SEN Support was (92.9% primary …) … national data, primary SEN Support 92.8%'). Target set for the demo: at or above national (92.8%).",
  },
  {
    code: "K22",
    name: "Attendance: pupils with an EHCP, primary",
    definition: "Overall attendance rate of primary-phase pupils with an EHC plan in the academic year.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "School attendance data (Derby City Inclusion and School Attendance Team analysis)",
    areaCode: "AFI1",
    baseline: { value: 89.5, date: "2025-08-01" },
    target: { value: 89.5, date: "2026-08-31" },
    tolerance: 1,
    values: [{ period: "2025-08-01", value: 89.5, note: "AY 2024/25" }],
    benchmarks: [{ kind: "NATIONAL", period: "2025-08-01", value: 89.5 }],
    provenance:
      "'Position: Alternative Provision', Attendance ('… of those with EHCP (89.5% primary …) … national data, primary … EHCP 89.5%'). Target set for the demo: at or above national (89.5%).",
  },
  {
    code: "K23",
    name: "Attendance: SEN Support pupils, secondary",
    definition: "Overall attendance rate of secondary-phase pupils on SEN Support in the academic year.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "School attendance data (Derby City Inclusion and School Attendance Team analysis)",
    areaCode: "AFI1",
    baseline: { value: 85.6, date: "2025-08-01" },
    target: { value: 86.2, date: "2026-08-31" },
    tolerance: 1,
    values: [
      {
        period: "2025-08-01",
        value: 85.6,
        note: "AY 2024/25. A later sentence in the same paragraph gives 95.1%, which contradicts this figure",
      },
    ],
    benchmarks: [{ kind: "NATIONAL", period: "2025-08-01", value: 86.2 }],
    provenance:
      "'Position: Alternative Provision', Attendance ('SEN Support … 85.6% secondary'). The next sentence reads 'the attendance rate of students in the secondary years on SEN Support is higher at 95.1% than national at 86.2%'. The demo keeps 85.6% from the structured figure and takes 86.2% as the national comparator. Target set for the demo: national (86.2%).",
  },
  {
    code: "K24",
    name: "Attendance: pupils with an EHCP, secondary",
    definition: "Overall attendance rate of secondary-phase pupils with an EHC plan in the academic year.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "School attendance data (Derby City Inclusion and School Attendance Team analysis)",
    areaCode: "AFI1",
    baseline: { value: 83, date: "2025-08-01" },
    target: { value: 85, date: "2026-08-31" },
    tolerance: 1.5,
    values: [{ period: "2025-08-01", value: 83, note: "AY 2024/25" }],
    provenance:
      "'Position: Alternative Provision', Attendance ('… of those with EHCP (… 83% Secondary)'). The document gives no national comparator for this group. Target set for the demo (85%).",
  },
  {
    code: "K25",
    name: "Attendance in alternative provision",
    definition: "Overall attendance rate of pupils in alternative provision.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "TERMLY",
    dataSource: "Derby City Council Inclusion Service AP attendance monitoring",
    areaCode: "AFI1",
    baseline: { value: 56, date: "2025-09-01" },
    target: { value: 65, date: "2026-08-31" },
    tolerance: 5,
    values: [
      {
        period: "2025-09-01",
        value: 56,
        note: "The document says 'in 2025/6'. Written in September 2025, this is either the first weeks of AY 2025/26 or a slip for 2024/25",
      },
    ],
    provenance:
      "'Position: Alternative Provision', Attendance, Action ('Of concern and is a priority is attendance in alternative provision, which was 56% in 2025/6'). Target set for the demo (65% for AY 2025/26).",
  },
  {
    code: "K26",
    name: "Young people open to the Youth Justice Service who are NEET",
    definition: "Percentage of young people open to the youth justice (youth offending) service who are recorded as not in education, employment or training.",
    unit: "PERCENT",
    direction: "LOWER_IS_BETTER",
    frequency: "QUARTERLY",
    dataSource: "Derby Youth Justice Service caseload and NEET tracking",
    areaCode: "AFI1",
    baseline: { value: 22.5, date: "2025-03-01" },
    target: { value: 15, date: "2026-03-31" },
    tolerance: 3,
    values: [
      {
        period: "2025-03-01",
        value: 22.5,
        note: "20 of 89 (7 EHCP, 8 SEN support, 5 no identified SEN)",
      },
    ],
    provenance:
      "'NEET status with SEND all age groups benchmarking' ('Of 89 pupils who were open to the youth offending service in March 2025, 20 were recorded as NEET. This represents 22.5%'). The same section says Derby's known-NEET proportion for SEND years 12–13 was '7% higher … than regionally and nationally' and 'more than twice as high' for ages 18–24. It gives no absolute rates, so those are not stored. Target set for the demo (15%).",
  },
  {
    code: "K27",
    name: "Youth Trailblazer / Journey to Work beneficiaries with SEND",
    definition: "Percentage of young people engaged by the youth trailblazer and Journey to Work programme who have SEND.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    dataSource: "Derby City Council Journey to Work / Youth Trailblazer programme monitoring",
    areaCode: "AFI1",
    baseline: { value: 45, date: "2025-09-01" },
    target: { value: 50, date: "2026-08-31" },
    tolerance: 5,
    values: [{ period: "2025-09-01", value: 45, note: "After the first 3 months, as reported September 2025" }],
    provenance:
      "'Journey to Work' ('A target to engage 200 young people has been set for 2025/6 academic year, with a 50% target of SEND, in 3 months we have reached 45% of beneficiaries with SEND'). Target: the document's own, 50% for AY 2025/26.",
  },
  {
    code: "K28",
    name: "EYFS: good level of development (GLD)",
    definition: "Percentage of EYFS children in Derby schools and settings who achieved a good level of development (all pupils).",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "DfE Early Years Foundation Stage Profile results",
    areaCode: "AFI1",
    baseline: { value: 64.8, date: "2025-08-01" },
    target: { value: 67.7, date: "2026-08-31" },
    tolerance: 1.5,
    values: [{ period: "2025-08-01", value: 64.8, note: "2025 (AY 2024/25); the Needs section rounds this to 64%" }],
    benchmarks: [
      { kind: "NATIONAL", period: "2025-08-01", value: 67.7 },
      { kind: "STATISTICAL_NEIGHBOURS", period: "2025-08-01", value: 65.0 },
    ],
    provenance:
      "'Position: Outcomes' ('good level of development (64.8% in 2025) was lower than the national (67.7%) and our comparator authorities' (65.0%) … ranked 124th out of 153 LAs'). 'Comparator authorities' is recorded as statistical neighbours. Check before use: 67.7% appears to be DfE's 2023/24 national figure, so the comparators may be a year older than Derby's figure. Target set for the demo: the national figure quoted (67.7%).",
  },
  {
    code: "K29",
    name: "Key Stage 2: expected standard in reading, writing and maths",
    definition: "Percentage of Derby pupils at the end of Key Stage 2 reaching the expected standard in reading, writing and maths combined (all pupils).",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "ANNUALLY",
    dataSource: "DfE Key Stage 2 attainment statistics",
    areaCode: "AFI1",
    baseline: { value: 54, date: "2025-08-01" },
    target: { value: 58, date: "2026-08-31" },
    tolerance: 2,
    values: [{ period: "2025-08-01", value: 54, note: "2025 (AY 2024/25); the document says this is 2% lower than 2024" }],
    benchmarks: [
      { kind: "NATIONAL", period: "2025-08-01", value: 61 },
      { kind: "STATISTICAL_NEIGHBOURS", period: "2025-08-01", value: 58 },
    ],
    provenance:
      "'Position: Outcomes' ('Reading Writing and Maths, Derby performed worse than in 2024 by 2% at 54%, compared to national at 61% and comparator LAs at 58%'). 'Comparator LAs' is recorded as statistical neighbours. The 2024 value is not stored because the document does not state it. Check before use: 61% appears to be DfE's 2024 national figure. Target set for the demo: the comparator-LA figure (58%).",
  },
];
