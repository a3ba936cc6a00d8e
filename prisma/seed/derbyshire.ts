// Derbyshire Local Area SEND Partnership Priority Impact Plan (January 2025),
// transcribed from ../shared/seeds/000_c603a29b2f328678.txt. Status histories
// are illustrative, written to be consistent with the DfE / NHS England
// six-monthly stocktake letter of 15 July 2025 (../shared/seeds/001_402e06c37f988df6.txt).
//
// Conventions:
// - Measures whose cell has no "By when" of its own are joined to the next
//   "By when" in the same action. Text after the last date of an action that
//   has no date at all becomes a milestone due on the action's due date, with
//   dateInferred: true and byWhen "".
// - Recurring measures without a start in the plan start on the first
//   month/quarter/half-year/year end after the plan's start; all recurrences
//   end 31 July 2026 (the plan runs 18 months from January 2025).

import type { Frequency, SeedArea, SeedKpi, SeedMilestone } from "./types";

const START = "2025-01-31";
const PLAN_END = "2026-07-31";

const DEFAULT_RECURRENCE_START: Record<Frequency, string> = {
  MONTHLY: "2025-02-28",
  BIMONTHLY: "2025-03-31",
  QUARTERLY: "2025-03-31",
  SIX_MONTHLY: "2025-07-31",
  ANNUALLY: "2026-01-31",
};

/** A one-off measure with a "By when" date. */
function once(text: string, byWhen: string, dueDate: string): SeedMilestone {
  return { text, byWhen, dueDate };
}

/** A recurring measure ("Monthly", "Quarterly", …). */
function recurring(
  text: string,
  byWhen: string,
  frequency: Frequency,
  startDate: string = DEFAULT_RECURRENCE_START[frequency],
): SeedMilestone {
  return { text, byWhen, recurrence: { frequency, startDate, endDate: PLAN_END } };
}

/** A measure the plan gives no date for: due on the action's due date. */
function undated(text: string, actionDueDate: string): SeedMilestone {
  return { text, byWhen: "", dueDate: actionDueDate, dateInferred: true };
}

// Priority leads, as written in the plan.
const INTERIM_DIRECTOR_EDUCATION = "Interim Director Education, Derbyshire County Council";
const ICB_HEAD_COMMISSIONING =
  "Head of Children's Strategic Commissioning - Physical Health and SEND, NHS Derby and Derbyshire Integrated Care Board";
const DCC_HEAD_COMMISSIONING = "Head of Service – Commissioning and Partnership, Derbyshire County Council";
const INTERIM_AD_INCLUSION = "Interim Assistant Director Inclusion, Derbyshire County Council";
const DIRECTOR_EARLY_HELP = "Director of Early Help and Safeguarding, Derbyshire County Council";
const ICB_AD_COMMISSIONING =
  "Assistant Director of Children's Strategic Commissioning, NHS Derby and Derbyshire Integrated Care Board";

export const derbyshireAreas: SeedArea[] = [
  // ---------------------------------------------------------------------------
  // Priority Impact Area 1
  // ---------------------------------------------------------------------------
  {
    code: "PIA1",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 1: Strategic direction and co-produced strategy",
    finding:
      "Area leaders need to urgently, jointly, and accurately:\n" +
      "- identify the needs of children and young people with SEND in the local area.\n" +
      "- ensure that there is a clear and cohesive strategic direction for the local partnership; and\n" +
      "- ensure that there is an agreed co-produced strategy in place that includes effective joint plans which clearly demonstrate how improvements will be made in a timely manner to address the key areas that need improvement.",
    leads: [INTERIM_DIRECTOR_EDUCATION],
    successMeasures: [
      "Our clear and cohesive SEND strategy has been co-produced and is jointly agreed.",
      "Children and young people are in receipt of the right services at the right level and at the right time in accordance with their assessed need",
      "Parents/carers are confident that their child/young person's needs will be met holistically.",
      "Parents/carers feel listened to",
      "Children and young people feel included, safe, happy, and understood.",
      "As they approach adulthood, children and young people are given choice and control over their lives with a network of formal and informal support having access to: employment, education, or other daytime activities that are meaningful to them; settled accommodation, living life as independently as possible; positive relationships with friends, families and wider neighbourhood and community; good health and mental wellbeing",
    ],
    outcomes: [
      {
        code: "1.1",
        text: "Children and young people and their families will have access to the right support at the right time as services will be developed based on a clear understanding of needs across the county.",
        actions: [
          {
            code: "1.1a",
            title:
              "Ensure clear governance for SEND improvement, including escalation routes for SEND Improvement and Assurance Board within the local area",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-07-16",
            tags: [],
            milestones: [
              once(
                "Governance structure in place to ensure clear and auditable process is in place regarding how SEND Improvement and Assurance activity and decision-making is undertaken.",
                "31 st March 2025",
                "2025-03-31",
              ),
              recurring(
                "Minutes of SEND Improvement and Assurance Board meetings will be published on the Local Offer website, ensuring transparency of decision making and governance.",
                "Monthly",
                "MONTHLY",
              ),
              once(
                "In line with the Department for Education expectations we will undertake and publish a stock-take every six months to demonstrate progress against all Priority Actions and Key Priority Indicators.",
                "16 July 2025",
                "2025-07-16",
              ),
              recurring(
                "Partners will undertake quarterly deep-dives of pertinent areas of improvement.",
                "Quarterly",
                "QUARTERLY",
              ),
              recurring(
                "The Independent Chair will provide a report every 6 months to the Council & NHS CEO/MD on progress, which is published on the Local Offer",
                "Six Monthly",
                "SIX_MONTHLY",
              ),
            ],
            updates: [
              {
                date: "2025-02-28",
                status: "ON_TRACK",
                commentary:
                  "SEND Improvement and Assurance Board established with an Independent Chair; terms of reference, membership and escalation routes to Cabinet and the ICB Board agreed. Workstream leads confirmed for each priority impact area.",
              },
              {
                date: "2025-03-31",
                status: "COMPLETE",
                commentary:
                  "Governance structure in place and operating by the 31 March milestone. Monthly highlight reports and risk register review are standing Board items, and Board minutes are now published on the Local Offer website.",
              },
              {
                date: "2025-07-31",
                status: "COMPLETE",
                commentary:
                  "Six-monthly stocktake with DfE and NHS England held on 2 July; advisors recognised the strengthened governance and independent chair. Their next steps (comprehensive risk register, change request process for delayed actions, programme management office, links to the Health and Wellbeing Board) are being taken forward; the recurring reporting continues as business as usual.",
              },
            ],
          },
          {
            code: "1.1b",
            title:
              "Oversight of the development of a co-produced Joint Strategic Needs Assessment (JSNA) and development of processes to ensure the ongoing responsive application of the data and information",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-04-30",
            tags: [],
            milestones: [
              once(
                "Evidence of commissioning and service decisions based upon an agreed approach, identified need and collaborative working achieving clearly defined and measurable outcomes. Evidence that the partnership maximises collective resources to benefit our population. Qualitative and quantitative data will be used and determined by workstreams (indicative outcome measures listed in previous section). These impacts and outcomes will be objectively corroborated through feedback from children and young people, their parents' carers and other key stakeholders.",
                "30 April 2025",
                "2025-04-30",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "SEND needs assessment drafting under way with Public Health and partner analysts. Workstreams have been asked to confirm the indicative outcome measures they will report against.",
              },
              {
                date: "2025-04-30",
                status: "AT_RISK",
                commentary:
                  "JSNA not finalised by the 30 April milestone because partner data returns took longer than planned. A revised sign-off date has been agreed with the Board.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "JSNA now developed and published, and the stocktake noted it is strengthening understanding of local need. The processes to communicate it across the partnership and use it to prioritise action are not yet in place, so the action remains amber.",
              },
            ],
          },
          {
            code: "1.1c",
            title: "Co-produce a sustainability plan for the future governance of SEND in Derbyshire",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2026-07-31",
            tags: [],
            milestones: [
              once(
                "Progression of an already established and impactful governance structure",
                "31st July 2026",
                "2026-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "NOT_DUE",
                commentary:
                  "Not due until July 2026. The appointment of a permanent Director of Education adds leadership capacity; the sustainability plan will build on the governance review the stocktake asked for.",
              },
            ],
          },
        ],
      },
      {
        code: "1.2",
        text: "Children, young people and families will have access to a comprehensive, easy to navigate, SEND system. They will be able to access the right support at the right time to support their holistic needs to ensure best outcomes.",
        actions: [
          {
            code: "1.2a",
            title: "Co-produced development of a SEND Strategy and 'Participation and Engagement Charter'",
            description:
              "We will refresh the existing strategy, ensuring co-production and focus on a clear vision, desired outcomes, preparation for adulthood, transitions, pupil and family voice and inclusion. We will work closely with Derbyshire Parent Carer Voice to co-produce a mechanism for ensuring parental feedback is gathered about families' experiences and used to inform the Improvement Board's progress as well as to ensure clarity of system functions. Review/amend the current SEND system to critically evaluate the ease of access/navigation for families. We will carry out an analysis of the experiences of parents/carers and other stakeholders to identify both specific areas and broader system functions that they find most confusing.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once("Approval of Strategy by the SEND Improvement Board.", "30 September 2025", "2025-09-30"),
              once(
                "There is a shared understanding of progress between Children, young people and parents/carers and partners indicating they approve, understand and agree with and feel involved in the development of the local area SEND Strategy. In response to the analysis, we will develop a comprehensive set of route/road maps or pathways to help parents and stakeholders better understand the SEND system enabling them to navigate the system with enhanced knowledge and understanding. Reduction in the number of requests for EHCP assessments.",
                "31 May 2025",
                "2025-05-31",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Refresh of the SEND strategy started with Derbyshire Parent Carer Voice. Analysis of parent/carer experience of navigating the system is being scoped with the forum.",
              },
              {
                date: "2025-05-31",
                status: "AT_RISK",
                commentary:
                  "Analysis of family experience not completed by 31 May, so the route maps have not yet been produced. The Participation and Engagement Charter is still in early drafting.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The stocktake asked for a clear and cohesive strategy shaped by lived experience, with the Charter developed alongside it. Co-production events are planned for the autumn term; approval by the Board by 30 September is at risk and a change request is being prepared.",
              },
            ],
          },
          {
            code: "1.2b",
            title: "Partnership review and development of the Local Offer",
            description:
              "We will continue to review the Local Offer and its usability to ensure it is accessible, fit for purpose and responds to the needs of the families and professionals with clear, realistic, up to date information and signposting (development of a roadmap). Development of video content and other media to ensure improved accessibility of Local Offer.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-07-31",
            tags: [],
            milestones: [
              once(
                "Formal quarterly review of progress against the SEND strategy with key stakeholders, including children & young people and families. Increased frequency of feedback from a larger number and more diverse range of parents and carers. Parents/Carers and professionals who tell us that they agree that good progress is being made in delivery of the local area SEND Strategy. Parents/Carers and children/young people report that the local SEND services are easy to navigate and are making a positive difference to their lives. Local Offer feedback will indicate an increase in user satisfaction. Monitoring visits to the website will indicate improvement in usability in both visits to site and specific pages.",
                "31 July 2025",
                "2025-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Local Offer usability review under way with parent carer representatives; a SEND improvement page now hosts Board minutes and updates.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Restructured Local Offer pages and the first explainer videos published. Website analytics and the feedback form are in place to show changes in visits and user satisfaction from the autumn term.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Priority Impact Area 2
  // ---------------------------------------------------------------------------
  {
    code: "PIA2",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 2: Joint commissioning based on a joint strategic needs assessment",
    finding:
      "Area leaders need to ensure that there is a strategic partnership commissioning agreement in place based on a thorough joint strategic needs assessment.",
    leads: [ICB_HEAD_COMMISSIONING, DCC_HEAD_COMMISSIONING],
    successMeasures: [
      "A co-produced joint commissioning strategy based on the analysis from the joint strategic needs assessment has been published.",
      "There is a jointly agreed underlying Joint Commissioning Action Plan that underpins the strategy.",
      "There is a published process for Joint Commissioning both in terms of individual packages of care and wider approach to service commissioning.",
    ],
    outcomes: [
      {
        code: "2.1",
        text: "Children and young people have their needs met, services are jointly commissioned when it is in the best interests of children and young people to do this.",
        actions: [
          {
            code: "2.1a",
            title:
              "We will develop a clear understanding of the different needs across the county through the JSNA and consultation to ensure meaningful, streamlined commissioning of services and provision.",
            description:
              "There is a shared interpretation of the data with partners to ensure effective joint commissioning, gap analysis, progress towards meeting need",
            leadRole: ICB_HEAD_COMMISSIONING,
            startDate: START,
            dueDate: "2025-07-31",
            tags: [],
            milestones: [
              once(
                "In the longer term, Informed, evidence-based decisions about commissioning using robust data will be evident. Evidence of improved universal targeted and more specialist services across the areas of identified need to demonstrate a more balanced system of support. Demonstrating how joint commissioning decisions and allocation of resources have improved access to services and support so that gaps and delays in service provision to meet the full range of needs of children and young people with SEND are addressed. Published joint commissioning strategy based on the analysis from the joint strategic needs assessment.",
                "31 July 2025",
                "2025-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Commissioners from the ICB and the Council are working through the emerging JSNA findings together to agree the gap analysis.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The joint commissioning SEND hub is established, but the later JSNA has compressed the time for a shared interpretation of the data. Gap analysis will not be complete by 31 July.",
              },
            ],
          },
          {
            code: "2.1b",
            title: "Co-production of a Joint commissioning Strategy that is agreed by the local area partnership",
            leadRole: ICB_HEAD_COMMISSIONING,
            startDate: START,
            dueDate: "2025-07-31",
            tags: [],
            milestones: [once("As above (measures as for 2.1a)", "31 July 2025", "2025-07-31")],
            updates: [
              {
                date: "2025-04-30",
                status: "AT_RISK",
                commentary:
                  "Strategy drafting cannot start in earnest until the JSNA is signed off; co-production sessions with Derbyshire Parent Carer Voice are not yet scheduled.",
              },
              {
                date: "2025-06-30",
                status: "OFF_TRACK",
                commentary:
                  "The joint commissioning strategy will not be agreed by 31 July. The stocktake asked partners to develop an updated strategy and delivery plan using the JSNA; a change request with a revised date is going to the Board.",
              },
            ],
          },
          {
            code: "2.1c",
            title: "Implementation of a SEND Data Sharing Protocol",
            description:
              "We will have a specific agreed shared protocol for reporting and Key Performance Indicators of success. We will use analysed data for children with SEND across the partnership and implement access to a data set through a regular cycle of reporting to workstreams and SEND Improvement Board. A flow criteria map will improve communication and understanding of commissioning processes.",
            leadRole: ICB_HEAD_COMMISSIONING,
            startDate: START,
            dueDate: "2025-03-31",
            tags: [],
            milestones: [
              once(
                "The partnership is assured (via the SEND Improvement Board) that the shared data is accurate. Evidence of effective data sharing enabling evidence-based commissioning.",
                "31 March 2025",
                "2025-03-31",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "AT_RISK",
                commentary:
                  "Draft data sharing protocol agreed by officers but still with the Council and ICB information governance leads for sign-off, so the 31 March milestone has been missed.",
              },
              {
                date: "2025-05-31",
                status: "AT_RISK",
                commentary:
                  "Protocol signed off. The first shared dataset has gone to workstreams, but the Board is not yet assured of data accuracy, particularly health waiting-list data.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The stocktake asked for a jointly developed SEND system data dashboard and urgent improvement of health performance data. The dashboard specification is being agreed so that the data assurance measure can be met.",
              },
            ],
          },
          {
            code: "2.1d",
            title: "Co-produced development of a Joint Commissioning Plan",
            leadRole: ICB_HEAD_COMMISSIONING,
            startDate: START,
            dueDate: "2025-07-31",
            tags: [],
            milestones: [
              once(
                "Assurance that the right services are identified. Plans are underway to put them in place. In the longer term, the performance of services and whether they meet required quality standards is clear. Leading to improved experiences, outcomes and targeted activity where it is needed the most for children, young people and their families.",
                "31 July 2025",
                "2025-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "AT_RISK",
                commentary:
                  "The Joint Commissioning Plan depends on the strategy (2.1b), which is behind schedule.",
              },
              {
                date: "2025-07-31",
                status: "OFF_TRACK",
                commentary:
                  "Plan not in place by 31 July. It will be developed as the delivery plan to the updated joint commissioning strategy, as the stocktake recommended; the revised date will be set through the change request for 2.1b.",
              },
            ],
          },
          {
            code: "2.1e",
            title: "Clear Process for Joint commissioning",
            leadRole: ICB_HEAD_COMMISSIONING,
            startDate: START,
            dueDate: "2026-03-31",
            tags: [],
            milestones: [
              once(
                "Process to be clearly documented, jointly understood by system professionals and being used. There is clarity about the respective roles and responsibilities of partners and what is being jointly commissioned across the partnership.",
                "31 March 2026",
                "2026-03-31",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "The joint commissioning SEND hub is meeting and is mapping current joint funding arrangements, including individual packages of care, as the basis for the documented process.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Priority Impact Area 3 (with Area for Improvement 3)
  // ---------------------------------------------------------------------------
  {
    code: "PIA3",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 3: Joint assessment of needs, quality and timeliness of EHC plans and annual reviews",
    finding:
      "Area leaders need to assess and provide for the needs of children and young people with SEND jointly and accurately. This includes:\n" +
      "- multi-agency assessment of needs,\n" +
      "- multi-agency quality assurance processes,\n" +
      "- timely issuing of high-quality EHC plans, and\n" +
      "- a holistic oversight of these plans through annual reviews to ensure that they are kept up to date.",
    leads: [INTERIM_AD_INCLUSION],
    successMeasures: [
      "Families and children and young people with SEND experience improved timeliness in Education Health and Care Needs Assessments: they feel supported and informed throughout the process; improvement in the timeliness of EHCPs issued within 20-weeks; increase in the number of reviews completed in year which result in an amended plan being issued",
      "We see an increase in the percentage of annual reviews where an amended plan is issued within expected timescales.",
      "We see an increase in the proportion of new plans with all appropriate advice provided and within expected timescales.",
      "The Board receives significant assurance of the performance management and Quality Assurance mechanisms regarding the effectiveness of support arrangements.",
      "This aligns to our ambition that: children and young people feel supported and informed throughout the process; increase in EHCPs issued within 20-weeks; number of reviews completed in year which result in an amended EHC plan being issued will increase; children/young people and Parents/Carers agree that the EHCP assessment process supports and helps meet the needs",
    ],
    outcomes: [
      {
        code: "3.1",
        text: "Children and Young people will have access to the right support at the right time.",
        actions: [
          {
            code: "3.1a",
            title:
              "Development of multi-agency partnership framework to assess needs using a consistent graduated approach and shared language.",
            description:
              "We will develop a framework, including a localised 'triage' system incorporating the graduated approach with a range of professionals (including SEND Co-ordinators). This will enable discussions with parents and carers and between partners to enable appropriate sign-posting and support in the right place at the right time based on effective sharing of information and expertise. A clear 'roadmap' document will be developed and published to ensure clear expectations and understanding of the system for parents and carers.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: ["AFI3"],
            milestones: [
              once(
                "More children will experience the right support at the right time to ensure that services are appropriately tailored to the unique needs of each child and young person with SEND as evidenced in the data and the Quality Assurance programme. Evidence that variability in children and young people's access to services is addressed to enable equitable opportunities to access appropriate provision and support that meets the needs of Children and Young People. Parents, carers, children and young people will report increased confident in the support and advice available to them as evidenced through Quality Assurance feedback groups, complaints, representation, and compliments. More strategic engagement and feedback from parent/carer forum.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Task and finish group with SENCO network representatives, health and Inclusion Support Services drafting the framework and shared language for the graduated approach.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Localised triage model being piloted in two school clusters over the summer term. The parent and carer roadmap is drafted with Derbyshire Parent Carer Voice for publication in September.",
              },
            ],
          },
          {
            code: "3.1b",
            title: "Development and Implementation of an 'all through banding system'",
            description:
              "Alongside the graduated response, we will co-produce a banding system to ensure an agreed level of funding to meet the needs of children across the SEND system.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: ["AFI3"],
            milestones: [
              once(
                "The graduated response improving early intervention and prevention and inclusivity ensuring the right financial decision making and support at the right level to meet children's needs.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Banding descriptors in development with headteacher representatives and the Schools Forum working group.",
              },
              {
                date: "2025-06-30",
                status: "ON_TRACK",
                commentary:
                  "Draft banding model modelled against current top-up funding. Consultation with schools and families planned to start in July, ahead of implementation from September.",
              },
            ],
          },
        ],
      },
      {
        code: "3.2",
        text: "Children and Young people going through EHCP processes will have their needs assessed and reviewed at the right time and processes will be transparent.",
        actions: [
          {
            code: "3.2a",
            title:
              "Further review the SEND Assessment Team to ensure there is sufficient capacity for new EHCPs and to review and amend existing EHCPs, including a recovery plan to address current capacity challenges linked to increasing demands.",
            description:
              "Continued regular reporting on performance to ensure timely response to pressures and increasing demands. We will develop and implement a plan to ensure the capacity of the Partnership SEND service is linked to demand as well as ensuring capacity for improved communication. Partners will review their workforce capacity, culture and learning and development needs to ensure we have a highly trained and experienced workforce to assess and respond to the needs of children and young people.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2026-01-31",
            tags: [],
            milestones: [
              recurring(
                "Continued regular reporting on performance to ensure improvement are being delivered in the timeliness of EHCP assessment.",
                "Monthly",
                "MONTHLY",
              ),
              recurring(
                "Annual reviews will be processed in a timely way and will inform decision making around provision etc.",
                "Annually",
                "ANNUALLY",
              ),
              once(
                "Through a strategic Quality Assurance programme, insightful feedback will be gathered to further shape learning and development for practice.",
                "31 July 2025",
                "2025-07-31",
              ),
              once(
                "The SEND partnership service has sufficient capacity to ensure improvement and meet demand.",
                "31 January 2026",
                "2026-01-31",
              ),
              once(
                "We will have sufficient capacity and well trained and supported Partnership workforce with clear workforce development and support plans.",
                "31 January 2026",
                "2026-01-31",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "AT_RISK",
                commentary:
                  "Capacity review of the SEND Assessment Team complete and additional staffing approved. Requests for assessment continue to rise and 20-week timeliness remains very low.",
              },
              {
                date: "2025-05-31",
                status: "OFF_TRACK",
                commentary:
                  "Recruitment to the additional posts is slower than planned and the backlog of overdue assessments and annual reviews has grown. Monthly performance reporting to the Board continues.",
              },
              {
                date: "2025-07-31",
                status: "OFF_TRACK",
                commentary:
                  "EHCP timeliness is still poor. The stocktake asked for a robust EHCP recovery plan with risk mitigation, clear improvement trajectories and workforce training; it is being written for the September Board.",
              },
            ],
          },
          {
            code: "3.2b",
            title:
              "Embedding of the EHCP Hub (Idox) across the Partnership through regular review and responding to feedback from all partners, including parents and carers.",
            description:
              "New system to be regularly reviewed and responding to initial emerging issues. We will embed fit for purpose template for providing advice, which is focused on strengths and needs of young people, including a focus on preparation for adulthood notification system in place to advise educational settings, Health and Social Care of upcoming Annual Reviews.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2026-07-31",
            tags: [],
            milestones: [
              once(
                "Evidence that the EHCP Hub is technically efficient, and that relevant professionals and families are effectively accessing and utilising the system to its fullest potential",
                "31 July 2026",
                "2026-07-31",
              ),
              once("An advice and guidance system is established.", "31 May 2025", "2025-05-31"),
              recurring(
                "Evidence that the system is working effectively to meet the needs of parents, carers and professionals through performance information and Quality Assurance that the response to requests for reviews is appropriate.",
                "Monthly from June 2025",
                "MONTHLY",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Hub user group of partners and parent representatives meeting monthly to log and prioritise issues raised since go-live.",
              },
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Revised strengths-based advice template, including preparation for adulthood, released through the Hub, and the advice and guidance system established on time.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Monthly reporting on Hub use and response to review requests started in June. Automated annual review notifications to settings and to health and social care are being tested.",
              },
            ],
          },
          {
            code: "3.2c",
            title: "Analysis of 20-week process and Annual Review process to determine specific partner actions required.",
            description:
              "Use of the Invision 360 tool to identify timeliness and quality of advice submitted to ensure appropriate action is taken to reduce the blockages in the system across the Partnership. The Partnership will use the data to review current service delivery for EHC Needs Assessments and reviews",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2026-01-31",
            tags: [],
            milestones: [
              once("Timeliness in all areas of EHCP progression will have improved.", "31 January 2026", "2026-01-31"),
              once(
                "Increase in timeliness of number of reviews completed in year which result in an amended plan being issued following the Local Authority's decision to amend.",
                "31 January 2026",
                "2026-01-31",
              ),
              once(
                "Increase in percentage of annual reviews where an amended plan is issued within expected timescales following the LA's decision to amend.",
                "31 January 2026",
                "2026-01-31",
              ),
              recurring(
                "Routine sharing with the Partnership of performance data to track timeliness and statutory compliance",
                "Monthly",
                "MONTHLY",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Stage-by-stage analysis of the 20-week process completed using Invision 360; advice return times by agency are now reported monthly to the Partnership.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The analysis has identified the blockages, but timeliness of assessments and amended plans after annual review has not yet improved. Partner actions will be folded into the EHCP recovery plan the stocktake asked for.",
              },
            ],
          },
        ],
      },
      {
        code: "3.3",
        text: "Improved quality and purposefulness of EHCPs and advice from across the Partnership.",
        actions: [
          {
            code: "3.3a",
            title:
              "Partnership will collaborate to develop a Quality Assurance Framework across the SEND system and develop a robust monitoring approach",
            description:
              "Review both qualitative and quantitative Quality Assurance processes to ensure the framework is directly linked to expected improvements and outcomes. The Partnership will undertake monthly audits of a percentage of EHCPs to inform the Quality Assurance process and identify learning outcomes.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-05-31",
            tags: [],
            milestones: [
              once(
                "The Quality Assurance framework will be established and provide effective evidence of demonstrable improvement supported by feedback from children, young people and their families.",
                "31 May 2025",
                "2025-05-31",
              ),
              recurring(
                "Learning from audit is shared quarterly across the Partnership to ensure continuous improvement and closing of the learning loop.",
                "Quarterly",
                "QUARTERLY",
              ),
              recurring("Improved quality of plans is evidenced in quarterly audits.", "Quarterly", "QUARTERLY"),
              recurring(
                "All Partners have a clear understanding of what good looks like as evidenced through a consistent approach to Quality Assurance and moderated audit activity so that the provision is effective in meeting needs",
                "Quarterly",
                "QUARTERLY",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Monthly audits of a sample of EHCPs under way in the Local Authority; a draft QA framework is being shared with health and social care colleagues.",
              },
              {
                date: "2025-05-31",
                status: "AT_RISK",
                commentary:
                  "Framework not agreed across all partners by 31 May. Health and social care participation in moderation is not yet consistent.",
              },
              {
                date: "2025-07-31",
                status: "OFF_TRACK",
                commentary:
                  "Milestone missed. As the stocktake recommended, a multi-agency QA working group is being set up to finalise the framework and drive consistent QA practice at system level.",
              },
            ],
          },
          {
            code: "3.3b",
            title:
              "Upskilling of the wider workforce to ensure EHC assessment requests and Annual Reviews are accurate, child-centred, and reflect the current needs of the child/young person and the views of all involved including children and young people and their families.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2026-07-31",
            tags: [],
            milestones: [
              recurring(
                "Evidence of better-quality assessment requests and Annual Reviews from the school community seen within assurance activity.",
                "Quarterly",
                "QUARTERLY",
              ),
              recurring("Positive feedback from children, young people and families", "Quarterly", "QUARTERLY"),
              recurring(
                "Positive evaluation feedback from training events from SEND Co-ordinators.",
                "Bi-monthly (Academic Year)",
                "BIMONTHLY",
              ),
              undated(
                "Schools report an increase in confidence in meeting the needs of Children and Young People as described in their Education Health and Care Plan (EHCP)",
                "2026-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Training programme on good-quality assessment requests and annual reviews delivered through SENCO network meetings; evaluations positive so far.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Summer term sessions complete and the autumn programme is scheduled. Quarterly assurance is starting to show better-quality requests from schools that attended.",
              },
            ],
          },
        ],
      },
      {
        code: "3.4",
        text: "Children & young people have better quality, better informed, more focused EHCPs that support their improved outcomes",
        actions: [
          {
            code: "3.4a",
            title:
              "Review how the voice of children & young people is captured in their plans/reviews and implemented through necessary actions",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-07-31",
            tags: [],
            milestones: [
              recurring(
                "Evidence of the child's voice and aspirations are captured and shared as part of the Graduated Approach and Education Health and Care Assessment and review process. Child's voice is evidenced through QA audits",
                "Quarterly",
                "QUARTERLY",
              ),
              once(
                "Child's voice is used to inform policy and practice – minutes and actions recorded and fed back to key stakeholders routinely.",
                "31 July 2025",
                "2025-07-31",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Audit tool updated to rate how well the child's voice and aspirations are captured. The first quarterly audit found this is a weaker area in many plans.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "New 'all about me' section added to advice and plan templates. Feedback from the emerging young people's group is now minuted and reported to the Board.",
              },
            ],
          },
          {
            code: "3.4b",
            title:
              "Development of clear performance expectations, training, and development plans for workforce improvement across the Partnership to ensure providers facilitate thorough and meaningful annual review meetings and reports that can be used to amend EHCPs effectively.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-09-25",
            tags: [],
            milestones: [
              once(
                "Most parents/carers agree that the EHCP assessment process supports/helps meet the needs of their child, complaints and tribunal action is reduced. Feedback from children following EHC Assessment/Annual Review is mostly positive. Increase in number of reviews completed in year which result in an amended plan being issued following the LA's decision to amend. Increase in percentage of annual reviews where an amended plan is issued within expected timescales following the LA's decision to amend",
                "25 September 2025",
                "2025-09-25",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Annual review expectations for settings drafted, with guidance on holding a meaningful review and writing a report that can be used to amend the plan.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Guidance agreed and training booked for the start of the autumn term. Post-review feedback from families and children is being collected to give a baseline.",
              },
            ],
          },
        ],
      },
      {
        code: "3.5",
        text: "The workforce across the Partnership will be confident and will understand their roles and responsibilities – leading to increased efficiencies and better outcomes for children and young people.",
        actions: [
          {
            code: "3.5a",
            title:
              "Develop shared understanding and co-produced agreement of what good looks like across the system to ensure quality advice and contributions to the EHCP processes.",
            description:
              "Managers from across the Partnership are fully informed of progress within the 20-week process, including delays or drift and can put in place remedial actions to address this.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2026-07-31",
            tags: [],
            milestones: [
              recurring(
                "Quality Assurance monitoring activity will show increased quality in advice and assessment contributions across the system and Partnership. This will include timeliness, quality, achieving positive outcomes, clear communication including parents, carers and children and young people - enabling the most vulnerable",
                "Quarterly",
                "QUARTERLY",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "'What good looks like' exemplars for education, health and care advice being co-produced with partner leads and Derbyshire Parent Carer Voice.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Exemplars agreed for education and health advice, with social care to follow. Partner managers now receive monthly reports of drift in the 20-week process.",
              },
            ],
          },
          {
            code: "3.5b",
            title:
              "Training needs analysis carried out by partner agencies to identify training and development needs for the workforce engaged in SEND.",
            description:
              "Training and development for specific teams on roles and responsibilities in the process to be implemented in line with issues identified through analysis. Training will address the values and culture shares across the partnership, grounded in co-production, restorative practice, relational working, and solution-focused conversations.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-06-30",
            tags: [],
            milestones: [
              once(
                "Each agency will have a signed off workforce learning development plan, adequately resourced, with opportunities for partners to come together for training/learning events to share knowledge and experience.",
                "30 June 2025",
                "2025-06-30",
              ),
              once(
                "Efficiencies to be identified in shared training and development opportunities.",
                "30 June 2025",
                "2025-06-30",
              ),
              // "Annual worker survey (DCC) Quarterly": tracked quarterly (QA activity), the annual survey feeding in.
              recurring(
                "Staff surveys/performance outcomes/Quality Assurance activity will show increased workforce confidence and understanding of what 'good' looks like and how effective outcomes can be achieved.",
                "Annual worker survey (DCC) Quarterly",
                "QUARTERLY",
              ),
              recurring(
                "Improved recording seen in integrated evidenced based assessment and planning compiled within timely documentation which has meaning to children and young people and their families. Increased confidence in practice across the Partnership workforce with clarity of individual roles and responsibilities.",
                "Quarterly",
                "QUARTERLY",
              ),
              undated(
                "Children and Young People and families will describe enhanced satisfaction in being a valued partner.",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Training needs analysis template agreed by partners and issued to education, health and social care teams.",
              },
              {
                date: "2025-06-30",
                status: "AT_RISK",
                commentary:
                  "Training needs analysis returned by the Council and ICB teams, but not every agency has a signed-off workforce development plan by 30 June. Shared training opportunities are being identified.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "Remaining provider plans expected by September. The stocktake's call for workforce training in the EHCP recovery plan will be met through this action.",
              },
            ],
          },
          {
            code: "3.5c",
            title:
              "Our workforce will understand our duties towards children and young people with disabilities who do not meet the threshold for an EHCP and understand the local offer for this group of children and young people.",
            description:
              "The Local Authority will review Children's Services capacity to work with children with Special Educational Needs and Disability who have emerging needs/risk.",
            leadRole: INTERIM_AD_INCLUSION,
            startDate: START,
            dueDate: "2025-11-30",
            tags: ["AFI3"],
            milestones: [
              once(
                "Staff surveys will show increased staff confidence and understanding of the local offer for children and young people with disabilities who do not meet the threshold for Social Care intervention. Increased confidence across the Partnership workforce regarding individual roles and responsibilities for children with a disability who have emerging needs and those at risk of experiencing significant harm. Feedback from children and young people and their families that they are more assured that professionals in the system are knowledgeable about their roles and responsibilities. All children with identified Special Educational Needs and Disability who require help/intervention/risk management will be supported through a Partnership approach at the right time and at the right level.",
                "30 November 2025",
                "2025-11-30",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "NOT_DUE",
                commentary:
                  "Due November 2025. The review of Children's Services capacity for disabled children below the specialist threshold is scoped, and a baseline staff survey is planned for September.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Priority Impact Area 4 (with Area for Improvement 1)
  // ---------------------------------------------------------------------------
  {
    code: "PIA4",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 4: Children and young people with SEND missing education",
    finding:
      "Area leaders need to urgently address the number of children and young people with SEND missing education. Leaders need to ensure that joint strategies address the underlying reasons for this issue, such as the lack of special school and AP places, long waits for needs assessments, and the lack of effective mental health support, which prevent children's and young people's needs escalating to a point where they stop attending school.",
    leads: [INTERIM_DIRECTOR_EDUCATION],
    successMeasures: [
      "The development and implementation of a co-produced Inclusion/Early Help strategy ensures that children and young people receive the right help and support to enable their sustained inclusion in mainstream school.",
      "We see improvements in the following Key Performance Indicators: suspension and exclusion data; part time timetable data; attendance data; Elective Home Education data; numbers of children and young people accessing Alternative Provision; Not in Education / Employment or Training data; number of children and young people with an EHCP accession appropriate provision (in line with 'type' identified in plan); school inspection findings",
    ],
    outcomes: [
      {
        code: "4.1",
        text: "Children and young people will have access to the appropriate provision to meet their needs.",
        actions: [
          {
            code: "4.1",
            title:
              "Analysis of data and information linked to children and young people who are not accessing education as per their statutory right and at the right level to meet their assessed need",
            description:
              "We will analyse the data and information in relation to demand and sufficiency of provision to ensure there is a clear understanding of the underlying reasons and risks in local areas which and compile action plans to address deficiency. We will engage with children and young people and their families and in collaboration with education establishments through the 'Education Partnership' to ensure qualitative information informs the analysis and next steps.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-02-28",
            tags: ["AFI1"],
            milestones: [
              once(
                "Reduction in children and young people missing education through; exclusions, suspensions, part-time timetables, poor attendance etc. Children, young people, and their families will tangibly feel included and enabled. Parents and carers report being able to have more focused conversations with schools about attendance. Parents and carers report they feel confident that professionals can target support for attendance where it is most needed.",
                "28 February 2025",
                "2025-02-28",
              ),
            ],
            updates: [
              {
                date: "2025-02-28",
                status: "AT_RISK",
                commentary:
                  "Data analysis of children missing education, part-time timetables and those awaiting specialist places completed. Qualitative input through the Education Partnership is not yet finished.",
              },
              {
                date: "2025-03-31",
                status: "COMPLETE",
                commentary:
                  "Analysis and area action plans presented to the Board in March. The dataset continues to be developed and the stocktake asked for it to be aligned with the Attendance Strategy and delivery plan.",
              },
            ],
          },
        ],
      },
      {
        code: "4.2",
        text: "Inclusive practice will be supported and embedded across the system to enable children and young people to access an inclusive education.",
        actions: [
          {
            code: "4.2a",
            title: "Improve and embed the Graduated Response to identifying and meet need across the local area",
            description:
              "We will improve the consistency of approach to identification of need and inclusive practice through the Inclusion Support Services, SEND Coordinator networks and Education Partnership. We will embed the 'Inclusion Framework' approach with every school to ensure data and information informs early identification and intervention and the development of inclusive practice in each school, supported by the Inclusion Support Services.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: ["AFI1"],
            milestones: [
              once(
                "Children, young people, and their families will feel included, enabling a more personalised approach for Children and Young People with additional vulnerabilities such as Children and Young People being out of school, children in care, and a more targeted approach for those in education settings. The number of children and young people not accessing education will reduce. Exclusion and suspension data and other data linked to inclusion and attendance will improve. Proportion of children in mainstream schools supported by SEN Support. Proportion of new EHCPs issued for children aged 10 and over will reduce. Increasing positive feedback from professionals giving assurance of receipt of the right targeted support. Parents/Carers report that schools and settings identified their children's needs early and support is timely.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Inclusion Framework being rolled out through the Inclusion Support Services and SENCO networks; school engagement is increasing term on term.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "All Derbyshire schools are now engaged with the Inclusion Support Service, up from fewer than half last year, and the stocktake noted the link to reduced exclusions and suspensions. The focus for the autumn is consistent identification of need.",
              },
            ],
          },
          {
            code: "4.2b",
            title:
              "Review the allocation and use of inclusion funding to ensure equity and quality of support provided to children with additional needs",
            description:
              "Data to be linked to the wider needs data to inform sufficiency, provision and intervention across the Partnership",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: ["AFI1"],
            milestones: [
              once(
                "Parents/Carers report that local services support their child's additional needs well. Reduction in EHCNA requests. Increased confidence in meeting needs at SEND support level.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Review of inclusion funding allocations by school and cluster under way, linked to the needs data from 4.1.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Findings drafted. Proposals for a fairer allocation will go to the Schools Forum in the autumn term, alongside the banding work in 3.1b.",
              },
            ],
          },
          {
            code: "4.2c",
            title: "Review effectiveness, reach and access routes/pathways of Early Years support",
            description: "Review to include funding, early identification and referral routes.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "Increase in quality and appropriateness Early Years Inclusion Funding applications. Increased confidence in identifying emerging needs and responding in a timely manner across the Early Years sector. Increased confidence and inclusivity of universal practice across Early Years sector",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Early Years SEND support review started with providers and health visiting. Findings on funding, identification and referral routes are due in September.",
              },
            ],
          },
        ],
      },
      {
        code: "4.3",
        text: "Access to specialist provision, inclusive education and alternative options will be developed across the local area in response to statistical needs analysis",
        actions: [
          {
            code: "4.3a",
            title:
              "Co-produce a multi-agency data dashboard to support the allocation of needs led specialist provision and an informed sufficiency strategy.",
            description:
              "The data/sufficiency strategy to be shared with the Education Partnership, to enable a wider understanding the profile of need that will inform sufficiency decisions to vary (up or down) available specialist placements and alternative provision.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "Increased numbers of children and young people will be accessing appropriate provision (provision named in their plan for children with an EHCP). Parity of offer and clear pathways will be consistent across the County. Intelligence and understanding will inform appropriate decision making. The board will be assured and have oversight of delivery of key priorities. Reductions in the numbers of children waiting for special school placements and the numbers waiting for more than 1 year. Capacity of special schools is agreed via an evidence-based process. Specialist provisions better equipped to support more complex needs leading to fewer exclusions.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "First version of the sufficiency dashboard built from education data, including children awaiting specialist placements.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "Health and care data are not yet in the dashboard, and the stocktake asked for sufficiency planning to draw on the JSNA and cluster collaboration. The sufficiency strategy may not be ready for September.",
              },
            ],
          },
          {
            code: "4.3b",
            title:
              "Development of specialist provision (including AP) across the Partnership to increase sufficiency through allocation of SEND capital funding.",
            description:
              "Through the 'Education Partnership' data will be shared across the nine identified clusters to ensure the sufficiency of a graduated education provision is agreed, developed and implemented across the County.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2026-09-30",
            tags: [],
            milestones: [
              once(
                "Increased sufficiency of high-quality provision and pathways tailored in type and quantity for all children and young people with SEND. Reduction of children and young people unable to access local provision. Parental satisfaction in relation to placement will have significantly increased. Children, young people and their families will feel included and enabled. Exclusion and suspension data and other data linked to inclusion and attendance will improve.",
                "30 September 2026",
                "2026-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Cluster-level sufficiency data shared with the nine Education Partnership clusters; capital proposals for additional specialist and AP places are being prepared.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "On track for the 2026 date. In response to the stocktake, a decision-making, commissioning and QA process for SEND capital funding is being drafted for the Board.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Priority Impact Area 5
  // ---------------------------------------------------------------------------
  {
    code: "PIA5",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 5: Communication with families and stakeholders, and family voice",
    finding:
      "Area leaders need to accelerate plans to improve communication with parents and other key stakeholders in order to explain changes they have made to their area's services. Leaders need to ensure that the voices of families are heard and used where appropriate to shape the services and support these families receive.",
    leads: [DIRECTOR_EARLY_HELP, ICB_AD_COMMISSIONING],
    successMeasures: [
      "There is a clear Communication Plan for the term of the Priority Impact Plan consolidated from across all priority and improvement areas.",
      "A published engagement approach to ensure that the voices of families are heard and used where appropriate. There is an improvement in the feedback from Parents, carers and children and young people on the usefulness of the Local Offer.",
      "Parents, carers, and young people report that they understand the transport options and support available to them. (Also, other KPIs listed in other sections are relevant).",
    ],
    outcomes: [
      {
        code: "5.1",
        text: "Children, young people and their families will feel involved in the development of systems and services designed to support them. They will be able to easily navigate the assessment process and subsequent service offer, with regular opportunities to feedback their views for future planning and change. Most children, young people and their families will experience and feel that their voices have been heard, listened to, and appropriately acted upon.",
        actions: [
          {
            code: "5.1a",
            title: "Coproduce the development of an operational communication strategy",
            description:
              "A communication strategy will form a golden thread through all of the improvement work across the Partnership and will clearly define roles and responsibilities and expectations for communication/collaboration across all areas of the SEND system.",
            leadRole: DIRECTOR_EARLY_HELP,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "There will be an increased level of confidence, trust and feeling of involvement evidenced by feedback, including surveys from across the Partnership. In the longer term, we can evidence that Communication outcomes have informed strategy and delivery decisions. The experience of communication and engagement will be transformed through engagement of all professionals with parents, carers, children, and young people. Communication and engagement are modelled and nurtured through a culture grounded in co-production, restorative practice, relational working, and solution-focused conversations. Children, Young People and Families feel like a trusted partner within the relationship.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Co-production workshops with Derbyshire Parent Carer Voice held to set expectations for communication between SEND teams, families and settings.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "The operational strategy depends on the partnership communications plan (5.2a), which is late. The stocktake identified a significant need for consistent communication with families and schools, so delivery by September is at risk.",
              },
            ],
          },
          {
            code: "5.1b",
            title:
              "Deployment of a cross-Partnership team to develop a proactive approach to communication and engagement in practice.",
            description:
              "The team will deliver on the expected outcomes within the communication strategy to ensure improved levels of 'customer service' and support without the need for escalation due to miscommunications and complaints.",
            leadRole: DIRECTOR_EARLY_HELP,
            startDate: START,
            dueDate: "2025-06-30",
            tags: [],
            milestones: [
              once(
                "We will see an increase parent/carer satisfaction and confidence in the system.",
                "30 June 2025",
                "2025-06-30",
              ),
              recurring(
                "This satisfaction will continue to increase over time, evidenced in feedback via improved parent satisfaction levels compared to baseline as evidence by the annual Derbyshire Parent Carer Voice (DPCV) survey.",
                "Annually",
                "ANNUALLY",
              ),
              undated(
                "Parents and carers will have clear expectations when communicating between SEND teams and families/education providers particularly in relation to EHC needs assessments, plans, where considering families preferred method(s) of communication. In the longer term, we will see a reduction in complaints and remedies.",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Cross-partnership family liaison team agreed; posts recruited from existing SEND and ICB staff.",
              },
              {
                date: "2025-06-30",
                status: "AT_RISK",
                commentary:
                  "Team in place since May and responding to family contacts, but complaints about communication remain high and there is no evidence yet of increased parent/carer satisfaction.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "Satisfaction will be measured against the DPCV survey baseline. Service standards for response times and families' preferred contact methods are being drafted.",
              },
            ],
          },
          {
            code: "5.1c",
            title: "Implementation of parent support/communication sessions",
            description:
              "Facilitation of support groups in local areas to ensure parents are enabled to contribute their views, experiences and feel enabled to be part of the development of the SEND system and Partnership across Derbyshire.",
            leadRole: DIRECTOR_EARLY_HELP,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "Parents and carer surveys will show an increased experience and feeling of involvement and communication with more effective outcomes and resolutions achieved in a timely way. Reporting of transparency regarding services, improvements, and waiting times is easily accessible.",
                "30 September 2025",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Local parent drop-in sessions running jointly with Derbyshire Parent Carer Voice in several districts.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Stronger joint working with the parent carer forum recognised at the stocktake, and a surgery for MPs and lead members has started. An autumn programme of sessions covering every district is planned.",
              },
            ],
          },
          {
            code: "5.1d",
            title:
              "Evaluate current coverage of existing mechanisms to capture Children, Young People and families feedback, identify and implement ways to receive feedback and act on it.",
            description:
              "Develop a children and young person's communication group, ensuring we are engaging with diverse, trained and supported children and young people who are experts by experience. Young person's panel will provide feedback from children and young people across the SEND system to inform policy and practice linked to the improvement work; ultimately to support children and young people to fulfil their potential.",
            leadRole: DIRECTOR_EARLY_HELP,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "Mechanisms used to capture Children, Young People and families voice in health, education and social care are mapped and gaps are identified.",
                "30 September 2025",
                "2025-09-30",
              ),
              undated(
                "Mechanisms to capture feedback will show an increased feeling of involvement and communication. Policy, strategy and practice will be informed by lived experiences of children and young people as workstreams will evidence the ways in which co-production and engagement have been realised, reviewed at the partnership board.",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Mapping of feedback mechanisms across education, health and social care started; recruitment to the young people's group is under way through schools and youth services.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "The young people's group has met twice, and the stocktake noted this emerging work to understand young people's lived experience. The mapping and gap analysis is due for September.",
              },
            ],
          },
        ],
      },
      {
        code: "5.2",
        text: "We will undertake clear internal and external Partnership communication, engagement and media activity to ensure transparency of the progress against the expectations as outlined within the impact plan.",
        actions: [
          {
            code: "5.2a",
            title:
              "To support the delivery of the SEND improvements we will develop a strategic Partnership communications plan with clear objectives and timescales to ensure our internal and external communication and engagement with children, young people, families and other stakeholders is effective and efficient.",
            description: "Plan will be signed off by Board.",
            leadRole: DIRECTOR_EARLY_HELP,
            startDate: START,
            dueDate: "2025-03-31",
            tags: [],
            milestones: [
              once(
                "The Plan will be ratified by the SEND Improvement Board. Feedback and evaluation of stakeholder experience, views and opinions will be sought through surveys, engagement events and activity. Communication practices will be transformed, ensure active listening, and involve parents and carers in decision-making processes concerning their child or young person, ultimately improving their overall experience.",
                "31 March 2025",
                "2025-03-31",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "AT_RISK",
                commentary:
                  "Draft communications plan prepared by Council and ICB communications teams. Ratification deferred to the April Board so that parent carer forum feedback can be included.",
              },
              {
                date: "2025-05-31",
                status: "OFF_TRACK",
                commentary:
                  "Plan still not ratified. The Board asked for clearer objectives, timescales and evaluation measures before sign-off.",
              },
              {
                date: "2025-07-31",
                status: "OFF_TRACK",
                commentary:
                  "The stocktake identified a significant need for a robust communication and engagement plan. The plan is being rewritten with Derbyshire Parent Carer Voice, and a change request moves ratification to the September Board.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Priority Impact Area 6 (with Areas for Improvement 4 and 5)
  // ---------------------------------------------------------------------------
  {
    code: "PIA6",
    kind: "PRIORITY_ACTION",
    title: "Priority Impact Area 6: Health waiting times and support while waiting",
    finding:
      "Health leaders must address the current waiting times for community paediatric assessments, neurodevelopmental and mental health support, and assessments. Children and young people's needs should be identified at the earliest opportunity for plans to be developed to support them. Area leaders must ensure that there is sufficient support for families across all services while they wait for an assessment or support.",
    leads: [ICB_AD_COMMISSIONING],
    successMeasures: [
      "Partners have a plan to address waiting times in ND Assessments, Paediatric, mental health support and wheelchair services. That is jointly agreed.",
      "We see the demand stabilise for the above services through clear shared and agreed graduated support.",
      "We have a clearly documented waiting well offer published on the Local offer.",
      "Families, children and young people agree that there is supportive and helpful advice and guidance provided whilst waiting.",
      "There is an increase in local professionals saying they are clear about support for mental health.",
    ],
    outcomes: [
      {
        code: "6.1",
        text: "Waiting times for specialist services will be reduced in the longer term with a clear plan of waiting list recovery agreed",
        actions: [
          {
            code: "6.1a",
            title:
              "Clinical and operational managers will review neurodevelopmental pathways (under and over 5) and we will have co-produced, jointly agreed plans",
            description:
              "We will identify opportunities to reduce waiting times from assessment to intervention and the support offered as part of this pathway. We will tackle waiting lists across: Neurodevelopment Assessments; Paediatrics; Mental Health Support; and Wheelchair services.",
            leadRole: ICB_AD_COMMISSIONING,
            startDate: START,
            dueDate: "2026-03-31",
            tags: ["AFI4"],
            milestones: [
              once(
                "In the longer-term families and professionals report positive change and improved outcomes for children awaiting specialist support and advice from health services. We will have integrated local area partnership recovery plans for waiting lists in: Neurodevelopmental Assessments, Paediatrics, Mental Health Support and Wheelchair services.",
                "31 December 2025",
                "2025-12-31",
              ),
              once(
                "Via the SEND Improvement Board, Partners have a clear joint understanding of our plans and roles and responsibilities to address waiting times in Neurodevelopmental Assessments, Paediatrics, mental health support and wheelchair services.",
                "31 March 2026",
                "2026-03-31",
              ),
              undated(
                "In the longer-term, we will see the demand stabilise for the above services through clear shared and agreed graduated support.",
                "2026-03-31",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Clinical and operational managers have started reviewing the under-5 and over-5 neurodevelopmental pathways; waiting list baselines requested from all providers, including wheelchair services.",
              },
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Business cases for mental health and neurodevelopmental services are being co-produced with families and providers.",
              },
              {
                date: "2025-07-31",
                status: "AT_RISK",
                commentary:
                  "Waiting list data from providers is inconsistent, which is holding back recovery trajectories. The stocktake asked for urgent improvement of performance data and clarity on prioritisation criteria, so the December recovery plans are at risk until data assurance is in place.",
              },
            ],
          },
        ],
      },
      {
        code: "6.2",
        text: "Children, young people & families receive better access and better quality of support and signposting while they are waiting for specialist assessments.",
        actions: [
          {
            code: "6.2",
            title: "Clearly documented waiting well support available.",
            leadRole: ICB_AD_COMMISSIONING,
            startDate: START,
            dueDate: "2025-09-30",
            tags: [],
            milestones: [
              once(
                "We will have a clearly documented waiting well offer published on the Local offer.",
                "30 September 2025",
                "2025-09-30",
              ),
              undated(
                "In the longer term, Families, children and young people report that there is sufficient supportive and helpful advice and guidance provided whilst waiting for an assessment or support.",
                "2025-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-05-31",
                status: "ON_TRACK",
                commentary:
                  "Existing 'waiting well' resources across health providers and the Local Offer collated; gaps identified with parent carer representatives.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Draft waiting well offer being tested with families, with publication on the Local Offer planned for September.",
              },
            ],
          },
        ],
      },
      {
        code: "6.3",
        text: "Access routes into mental health support for Children, Young People and families and carers are clear, with seamless pathways between services for Children, and Young People to get to the right mental health support",
        actions: [
          {
            code: "6.3",
            title:
              "We will have a published clear graduated mental health support offer which relates to Thrive areas of need.",
            leadRole: ICB_AD_COMMISSIONING,
            startDate: START,
            dueDate: "2026-09-30",
            tags: ["AFI5"],
            milestones: [
              once(
                "We will see an increase in local professionals saying they are clear on mental health support available depending upon Children and Young People's needs.",
                "30 September 2025",
                "2025-09-30",
              ),
              once(
                "Evidence that reciprocal pathways between providers are working seamlessly based on professionals' feedback.",
                "30 September 2026",
                "2026-09-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Mental health offer being mapped against THRIVE needs groupings with providers, schools' mental health support teams and the voluntary sector.",
              },
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Draft graduated offer agreed by providers. A baseline professionals' survey is under way so that the September measure can be evidenced.",
              },
            ],
          },
        ],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Areas for Improvement monitored through a priority impact area
  // (their actions are those of the parent area)
  // ---------------------------------------------------------------------------
  {
    code: "AFI1",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 1: Early help with mainstream schools to reduce suspensions and exclusions",
    finding:
      "Area leaders need to co-produce a partnership approach to working with mainstream schools to ensure that the right early help support reduces the rates of suspensions and exclusion for children and young people with SEND.",
    leads: [INTERIM_DIRECTOR_EDUCATION],
    parentCode: "PIA4",
    outcomes: [],
  },
  {
    code: "AFI3",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 3: Right support for all disabled children, not only those meeting the threshold",
    // As written in the plan; the inspection report continues "... children with disability specialist team."
    finding:
      "Local authority leaders need to ensure that all children and young people with disabilities are provided with the right support at the right time, not just those who meet the threshold for the children with disability.",
    leads: [INTERIM_AD_INCLUSION],
    parentCode: "PIA3",
    outcomes: [],
  },
  {
    code: "AFI4",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 4: Waits for specialist chairs and seating (wheelchair services)",
    finding:
      "Health leaders need to address the lengthy waits children and young people with SEND experience for specialist chairs and seating through wheelchair services.",
    leads: [ICB_AD_COMMISSIONING],
    parentCode: "PIA6",
    outcomes: [],
  },
  {
    code: "AFI5",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 5: A seamless mental health pathway across stages of need",
    finding:
      "Area leaders need to ensure that there is a more seamless and less confusing pathway in place for children and young people moving through the different stages of need for mental health.",
    leads: [ICB_AD_COMMISSIONING],
    parentCode: "PIA6",
    outcomes: [],
  },

  // ---------------------------------------------------------------------------
  // Area for Improvement 2 (reported on its own; outcomes numbered 7.x)
  // ---------------------------------------------------------------------------
  {
    code: "AFI2",
    kind: "IMPROVEMENT",
    title: "Area for Improvement 2: Transitions and preparation for adulthood",
    finding:
      "Area leaders need to improve transitions and support more effective preparation for adulthood. They need to ensure that all settings understand the statutory guidance for preparation for adulthood outlined in the SEND code of practice. There needs to be more timely and effective communication so that transitions to different settings and services are managed in a way that reduces the stress and anxiety for families.",
    leads: [INTERIM_DIRECTOR_EDUCATION],
    successMeasures: [
      "Increase in numbers and percentage of children assessed as 'school ready' for Reception.",
      "Increase in proactive transition planning at key transition points Early years, infant to junior, junior to secondary and secondary into further education and further education to adulthood.",
      "Parents/ carers and young people report that their annual reviews from year 9 include discussions and planning for transition to adulthood.",
      "An increase in the following Key Performance Indicators: attendance rate for children with identified SEND in year 7 will increase; suspension rate for children with an EHCP in reception and NC year 1 and year 7 will reduce; permanent exclusion rate for children with EHCPs in year 7 will reduce; evidence of all relevant professionals contributing to post-16-year-old EHCP reviews.",
    ],
    outcomes: [
      {
        code: "7.1",
        text: "Children and young people will be proactively identified and supported to make successful transitions throughout their education journey.",
        actions: [
          {
            code: "7.1a",
            title: "Co-produce good practice guidance & tools across the Partnership.",
            description:
              "Engagement with Children Young People, parents/carers and schools to inform the guidance. Pilots to be tried and tested to inform the practice guidance tool kit.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-06-30",
            tags: ["AFI2"],
            milestones: [
              once(
                "Good practice guidance in place and easily accessible. Schools, parents and professionals tell us that the toolkit is useful and impacts on achieving improved transitions. Best practice is recognised more widely. Reduction of exclusions, suspensions and part-time timetables at key transition points (e.g. Year 6 to Year 7).",
                "30 June 2025",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-03-31",
                status: "ON_TRACK",
                commentary:
                  "Transition guidance being co-produced with schools, parent carers and young people; pilot schools identified for Year 6 to Year 7 transition.",
              },
              {
                date: "2025-06-30",
                status: "AT_RISK",
                commentary:
                  "Pilots are running through the summer term transition period, so the toolkit cannot be finalised by 30 June. Publication is proposed for September, informed by the pilot evaluation.",
              },
            ],
          },
          {
            code: "7.1b",
            title:
              "Develop Key Indicators to identify vulnerable transitions and develop a tool to support schools in identifying Children and Younger People at risk of unsuccessful transition",
            description:
              "KPI data will enable proactive planning to support transition including for those children in care with SEND who may experience a change in their family/home.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-06-30",
            tags: ["AFI2"],
            milestones: [
              once(
                "Less children and young people will have unsuccessful transitions. Evidence of proactive transition plans in place as identified in Quality Assurance activity and dip sampling.",
                "30 June 2025",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Vulnerable transition indicators agreed, including children in care with SEND, attendance, suspensions and part-time timetables.",
              },
              {
                date: "2025-06-30",
                status: "COMPLETE",
                commentary:
                  "Risk-of-unsuccessful-transition tool shared with primary schools ahead of September transfers. Dip sampling of transition plans is scheduled for the autumn term.",
              },
            ],
          },
        ],
      },
      {
        code: "7.2",
        text: "Children and young people are well prepared for adulthood",
        actions: [
          {
            code: "7.2",
            title:
              "Ensure the Local Offer includes Planning for Adulthood provision and information about accessing Higher Education",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-06-30",
            tags: ["AFI2"],
            milestones: [
              once(
                "Local Offer will be aspirational and include guidance on all aspects of Preparation for Adulthood (PfA) including support for Higher Education.",
                "30 June 2025",
                "2025-06-30",
              ),
            ],
            updates: [
              {
                date: "2025-04-30",
                status: "ON_TRACK",
                commentary:
                  "Preparing for Adulthood section of the Local Offer being rewritten with young people, covering all PfA outcomes.",
              },
              {
                date: "2025-06-30",
                status: "COMPLETE",
                commentary:
                  "Refreshed Preparing for Adulthood pages, including support for accessing higher education, published on the Local Offer.",
              },
            ],
          },
        ],
      },
      {
        code: "7.3",
        text: "Children and young people with EHCPs have robust plans to support smooth transition into adulthood.",
        actions: [
          {
            code: "7.3",
            title:
              "Review of Year 9 Annual Review process across the Partnership to ensure proactive identification of needs and planning to support transition into adulthood.",
            description:
              "All EHCPs reference planning for adulthood preparations for all children from the age of 14 and above (at Y9 review) to appropriately identify those who will need the Preparation for Adulthood Pathway",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2025-12-31",
            tags: ["AFI2"],
            milestones: [
              once(
                "Increase in PfA planning in Y9 Annual Reviews. Reduction in Not in Education, Employment Training (NEET) numbers. Parents/Carers agree that their child was well supported during transitions into and between schools and colleges.",
                "31 December 2025",
                "2025-12-31",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "ON_TRACK",
                commentary:
                  "Year 9 annual review guidance and template updated to include Preparing for Adulthood outcomes. A baseline audit of Year 9 reviews is planned for the autumn term.",
              },
            ],
          },
        ],
      },
      {
        code: "7.4",
        text: "Children, young people and their families have a clear view of what they can expect from the NHS when they reach transition age whilst open to services.",
        actions: [
          {
            code: "7.4",
            title:
              "Co-produce a strategy for delivering robust transition pathways within NHS services, including Continuing Care / Continuing Healthcare pathways.",
            leadRole: INTERIM_DIRECTOR_EDUCATION,
            startDate: START,
            dueDate: "2026-03-31",
            tags: ["AFI2"],
            milestones: [
              once(
                "Parents/Carers state they understand what they can expect to happen when their child reaches transition age.",
                "31 March 2026",
                "2026-03-31",
              ),
            ],
            updates: [
              {
                date: "2025-07-31",
                status: "NOT_DUE",
                commentary:
                  "Not due until March 2026. ICB colleagues are mapping current transition arrangements across NHS providers, including Continuing Care to Continuing Healthcare.",
              },
            ],
          },
        ],
      },
    ],
  },
];

// Action codes transcribed (41):
// PIA1: 1.1a 1.1b 1.1c 1.2a 1.2b
// PIA2: 2.1a 2.1b 2.1c 2.1d 2.1e
// PIA3: 3.1a 3.1b 3.2a 3.2b 3.2c 3.3a 3.3b 3.4a 3.4b 3.5a 3.5b 3.5c
// PIA4: 4.1 4.2a 4.2b 4.2c 4.3a 4.3b
// PIA5: 5.1a 5.1b 5.1c 5.1d 5.2a
// PIA6: 6.1a 6.2 6.3
// AFI2: 7.1a 7.1b 7.2 7.3 7.4


/**
 * The Key Performance Indicators Priority Impact Area 4 says will show
 * improvement. The plan names them but sets no baselines or targets (the
 * workstreams' operational plans were to), so they start with definitions only.
 */
const pia4Kpi = (code: string, name: string, definition: string, unit: SeedKpi["unit"], direction: SeedKpi["direction"], frequency: SeedKpi["frequency"], dataSource: string): SeedKpi => ({
  code,
  name,
  definition,
  unit,
  direction,
  frequency,
  dataSource,
  areaCode: "PIA4",
  tolerance: 0,
  values: [],
  provenance: "Priority Impact Plan (January 2025), Priority Impact Area 4: 'We see improvements in the following Key Performance Indicators'. No baseline or target is given in the plan.",
});

export const derbyshireKpis: SeedKpi[] = [
  pia4Kpi("D01", "Suspensions of children and young people with SEND", "Number of suspensions of pupils with an EHCP or on SEN Support, per term.", "COUNT", "LOWER_IS_BETTER", "TERMLY", "DfE school census / local exclusions data"),
  pia4Kpi("D02", "Permanent exclusions of children and young people with SEND", "Number of permanent exclusions of pupils with an EHCP or on SEN Support, per term.", "COUNT", "LOWER_IS_BETTER", "TERMLY", "DfE school census / local exclusions data"),
  pia4Kpi("D03", "Children with SEND on part-time timetables", "Number of pupils with SEND on a part-time timetable at the census date.", "COUNT", "LOWER_IS_BETTER", "MONTHLY", "Local authority part-time timetable returns"),
  pia4Kpi("D04", "Attendance of pupils with an EHCP", "Overall attendance rate of pupils with an EHCP.", "PERCENT", "HIGHER_IS_BETTER", "TERMLY", "DfE attendance data"),
  pia4Kpi("D05", "Children with an EHCP in elective home education", "Number of children with an EHCP who are electively home educated.", "COUNT", "LOWER_IS_BETTER", "MONTHLY", "Local authority EHE register"),
  pia4Kpi("D06", "Children and young people in alternative provision", "Number of children and young people with SEND accessing alternative provision.", "COUNT", "LOWER_IS_BETTER", "TERMLY", "Local authority AP commissioning data"),
  pia4Kpi("D07", "Young people with SEND not in education, employment or training", "Percentage of young people aged 16–17 with SEND who are NEET.", "PERCENT", "LOWER_IS_BETTER", "MONTHLY", "Local authority NCCIS return"),
  pia4Kpi("D08", "Children with an EHCP in provision of the type named in their plan", "Percentage of children with an EHCP accessing provision of the type identified in their plan.", "PERCENT", "HIGHER_IS_BETTER", "TERMLY", "SEND case management system"),
];
