// Derbyshire's stocktakes: the words. The July 2025 findings and next steps
// are the DfE and NHS England letter of 15 July 2025 (seed 001), verbatim,
// per area: "Leadership and Governance" and APA 1–6 (the plan's priority
// impact areas 1–6, which carry the same findings). Everything else here —
// the partnership's own self-assessment text, the evidence items, the later
// stocktakes and their findings — is illustrative, written for the demo in
// the plan's and the letter's voice, and marked so wherever it shows.

export type LetterItem = { heading: string; text: string };
export type LetterSection = { keyFindings: LetterItem[]; nextSteps: LetterItem[] };

/** Seed 001: the stocktake meeting, the letter, and the next review it names. */
export const JULY_2025 = {
  meeting: "2025-07-02",
  letter: "2025-07-15",
  /** "Your next review to assess progress against your PIP will take place in January 2026." */
  nextReviewMonth: "2026-01",
};

export const LETTER: Record<"GOVERNANCE" | `PIA${1 | 2 | 3 | 4 | 5 | 6}`, LetterSection> = {
  GOVERNANCE: {
    keyFindings: [
      {
        heading: "Strengthened Partnership Working",
        text: "ongoing collaboration across the local area reflects a shared commitment to delivering sustained improvements in SEND services.",
      },
      {
        heading: "Enhanced Governance and Oversight",
        text: "new governance structures, including the introduction of an independent chair, have been established to provide stronger strategic oversight and monitor progress against the PIP.",
      },
      {
        heading: "Leadership Stability and Capacity",
        text: "the appointment of a permanent Director of Education is contributing to greater leadership capacity within the Local Authority to support SEND improvements.",
      },
    ],
    nextSteps: [
      {
        heading: "Embedding System-wide Governance",
        text: "review the new governance structures to ensure they are effective and embed systems, including developing a comprehensive risk register, robust reporting mechanisms aligned to the PIP, and a clear change request process to address delays in actions to ensure accountability across the partnership.",
      },
      {
        heading: "Integrated Strategic Oversight",
        text: "strengthen links with wider corporate system governance, such as the Health and Wellbeing Board, to support collaborative planning, quality assurance, and effective risk management.",
      },
      {
        heading: "Leadership Capacity and Stability",
        text: "while interim leadership supports current SEND improvements, there is a recognised need to build permanent leadership capacity to ensure long-term stability, strategic continuity, and sustained progress across the SEND system.",
      },
      {
        heading: "System Alignment",
        text: "there are increasing numbers of workstream and partnership groups. Leaders must ensure all workstreams have the right membership, clear delivery plans, and escalation routes, which align to relevant wider system improvements to help build on effective practices and partnership capacity, whilst avoiding duplication. This should be co-ordinated and supported through a dedicated programme management office.",
      },
    ],
  },
  PIA1: {
    keyFindings: [
      {
        heading: "Data-Informed Strategic Planning",
        text: "development of a Joint Strategic Needs Assessment (JSNA) by partners is strengthening the understanding of local population needs, supporting informed strategic vision, decision-making, and future strategy development.",
      },
      {
        heading: "Effective joint working",
        text: "whilst plans are being developed, there is a limited strategic and shared understanding of how to collectively address the needs of children and young people with SEND in the local area that will drive effective joint working.",
      },
    ],
    nextSteps: [
      {
        heading: "JSNA",
        text: "the development and publication of the JSNA is a positive step that needs to be built on through ensuring that needs are communicated across the Local Area Partnership (LAP) and the information used to prioritise action and monitor progress.",
      },
      {
        heading: "Strategic Vision and Co-Production",
        text: "leaders to develop a clear and cohesive SEND strategy to reflect a shared ambition for improvement, shaped by the lived experiences of children, young people, and families.",
      },
      {
        heading: "Strengthening Participation and Engagement",
        text: "in conjunction with the PIP, a Participation and Engagement Charter should be developed to ensure stakeholder feedback is actively gathered and used to inform the Improvement Board's work and clarify system functions.",
      },
      {
        heading: "Shared Data Dashboard",
        text: "the local area partnership should co-develop a joint SEND system data dashboard to strengthen data intelligence and support informed, strategic decision-making.",
      },
    ],
  },
  PIA2: {
    keyFindings: [
      {
        heading: "Strengthening Joint Commissioning",
        text: "a joint commissioning SEND hub has been established to enhance collaborative planning and support the effective delivery of PIP.",
      },
    ],
    nextSteps: [
      {
        heading: "Strategic Commissioning Development",
        text: "partners to develop an updated joint commissioning strategy and delivery plan utilising the JSNA, best practices, and identify future opportunities to enhance outcomes for children and young people (0-25 years).",
      },
    ],
  },
  PIA3: {
    keyFindings: [
      {
        heading: "Education Health Care Plans (EHCP) Quality and Timeliness",
        text: "leaders recognise significant issues in relation to EHCPs and are taking steps to address them. This includes investing in additional staffing, improving communication, strengthening data monitoring and performance management, and reviewing systems and processes to drive improvement.",
      },
    ],
    nextSteps: [
      {
        heading: "EHCP Recovery and Risk Management",
        text: "leaders need to develop a robust EHCP recovery plan, which outlines actions taken, risk mitigation strategies, clear improvement trajectories, training and development for the workforce and ongoing plans to accelerate progress.",
      },
      {
        heading: "Strengthening Quality Assurance",
        text: "a multi-agency quality assurance (QA) working group to be established to drive consistent QA practices across services and at the system level.",
      },
    ],
  },
  PIA4: {
    keyFindings: [
      {
        heading: "Improved Data to Support Inclusion",
        text: "progress is being made in developing datasets to identify children not accessing full-time education, including those awaiting placements outside of mainstream settings, enabling more targeted support.",
      },
      {
        heading: "Increased School Engagement in Inclusion",
        text: "all Derbyshire schools are now engaged with the Inclusion Support Service (up from less than 50% in the previous year), contributing to a reduction in exclusions and suspensions and supporting improved educational outcomes.",
      },
    ],
    nextSteps: [
      {
        heading: "Enhanced Sufficiency Planning and Decision-Making",
        text: "leaders to strengthen sufficiency planning by incorporating the JSNA, data intelligence, and partnership collaboration across education clusters to target need. This needs to be supported by robust mechanisms for decision-making, commissioning, and quality assurance in relation to SEND capital funding.",
      },
      {
        heading: "Ongoing Enhancement of Data Intelligence",
        text: "continue developments of data intelligence to align with the Attendance Strategy and delivery plan to support improved monitoring and outcomes.",
      },
    ],
  },
  PIA5: {
    keyFindings: [
      {
        heading: "Strengthening Co-Production and Youth Voice",
        text: "stronger collaboration with the Derbyshire Parent Carer Forum is supporting the development of effective co-production practices. Alongside emerging efforts to engage with young people and better understand their lived experiences within the SEND system.",
      },
      {
        heading: "Strengthened Political Engagement",
        text: "the introduction of an MP and lead members surgery is enhancing communication and engagement with the Local Authority and SEND team.",
      },
      {
        heading: "Increased Transparency and Openness",
        text: "publicly publishing minutes from the SEND Improvement and Assurance Board on the Local Offer website to promote greater transparency to families and stakeholder of progress against the PIP.",
      },
    ],
    nextSteps: [
      {
        heading: "Urgent Focus on Communication and Co-Production",
        text: "there is a significant need for leaders to develop and implement a robust communication and engagement plan to ensure consistent co-production practices and improve consistent communication with families and schools at both service and system levels.",
      },
    ],
  },
  PIA6: {
    keyFindings: [
      {
        heading: "Co-Produced Service Development",
        text: "leaders are working collaboratively to co-produce business cases aimed at improving mental health and neurodevelopmental services, whilst also ensuring the service design is informed by the needs and experiences of children, young people, and families.",
      },
    ],
    nextSteps: [
      {
        heading: "Urgent Improvement of Performance Data",
        text: "leaders must urgently address issues with performance data to enable informed strategic decision-making, strengthen assurance processes, and support effective risk management and recovery planning, especially regarding waiting times, assessments and what prioritisation criteria are being used.",
      },
    ],
  },
};

/** The covering summary of the July 2025 pack: ILLUSTRATIVE, in the partnership's voice, agreeing with the letter. */
export const JULY_2025_SUMMARY =
  "The first six months under the Improvement Notice have been spent putting the foundations in place: an improvement board with an independent chair, a permanent Director of Education, a joint commissioning SEND hub, and a Priority Impact Plan that every partner has signed up to. Diagnostics are largely complete. What has not yet changed is what families experience: EHC plans are still issued late, waits for neurodevelopmental assessment remain long, and families tell us communication is inconsistent. Our priority for the next six months is to turn preparation into delivery, with a risk register, reporting aligned to the plan and a change request process so that delays are visible and decided, not discovered.";

/**
 * The partnership's self-assessment for July 2025, per area: ILLUSTRATIVE.
 * Derbyshire did not publish its submission; these words are written in the
 * plan's voice to agree with what the letter says the evidence showed.
 */
export const JULY_2025_ASSESSMENT: Record<string, { progress: string; keyFindings?: string; nextSteps?: string }> = {
  GOVERNANCE: {
    progress:
      "The SEND Improvement and Assurance Board has been set up under an independent chair, with the DfE appointed SEND advisor, the NHS England advisor and the DfE case lead invited as external attendees, not members (Improvement Notice §6). Priority leads will report to it monthly. The Director of Education post has been filled permanently; other senior posts remain interim.",
    keyFindings:
      "The board now holds the partnership to account against the Priority Impact Plan, but the workstream groups beneath it have grown faster than their reporting lines.",
    nextSteps: "Agree a risk register and a change request process for delayed actions; review the membership and escalation routes of the workstream groups.",
  },
  FAMILY_VOICE: {
    progress:
      "Derbyshire Parent Carer Voice has co-chaired the strategy workshops and attends the board. Families told us that they do not know where their child's EHC needs assessment has got to, and that the Local Offer is hard to use; the assessment pages are being rewritten with them. Young people's voice is at an early stage: a youth forum is being set up with the participation team.",
  },
  PIA1: {
    progress:
      "The JSNA SEND chapter has been drafted with partners and is due for publication; the co-produced SEND Strategy is being developed with Derbyshire Parent Carer Voice, with its engagement plan agreed by the board.",
  },
  PIA2: { progress: "A joint commissioning SEND hub has been established between the council and the ICB; the joint commissioning strategy will follow the JSNA." },
  PIA3: {
    progress:
      "Additional EHC assessment staff have been recruited, weekly performance reporting has started and the 20-week process is being reviewed; timeliness remains well below where it needs to be.",
  },
  PIA4: {
    progress:
      "Every Derbyshire school is now engaged with the Inclusion Support Service, up from fewer than half last year; a dataset of children not in full-time education is being built, including those waiting for a specialist place.",
  },
  PIA5: {
    progress:
      "The board's minutes are published on the Local Offer; an MP and lead members surgery has started; the communication strategy is being co-produced with parent carers.",
  },
  PIA6: {
    progress:
      "Business cases for the neurodevelopmental and mental health pathways are being co-produced with families; waiting-time data is not yet reliable enough to report by pathway.",
  },
  AFI1: {
    progress:
      "Reported with priority impact area 4: the Inclusion Support Service's engagement with every school is the first step of a partnership approach with mainstream schools.",
  },
  AFI2: { progress: "Preparing for adulthood guidance for settings is being drafted; Year 9 annual reviews are being checked for transition planning." },
  AFI3: { progress: "Reported with priority impact area 3: the support offer for disabled children below the specialist team's threshold is being mapped." },
  AFI4: { progress: "Reported with priority impact area 6: the wheelchair service's waiting list has been validated with the provider." },
  AFI5: { progress: "Reported with priority impact area 6: the mental health pathway is part of the co-produced business case." },
};

/** Illustrative evidence items the July 2025 pack links, dated in its period, for the areas the letter's findings name. */
export const JULY_2025_EVIDENCE: { area: string | null; kind: "DATA" | "DOCUMENT" | "CASE_STUDY" | "FEEDBACK"; title: string; date: string; text: string; family?: boolean }[] = [
  {
    area: "PIA1",
    kind: "DOCUMENT",
    title: "Draft JSNA SEND chapter shared with partners",
    date: "2025-05-20",
    text: "The draft chapter on the needs of children and young people with SEND, shared with the board for comment.",
  },
  { area: "PIA2", kind: "DOCUMENT", title: "Terms of reference of the joint commissioning SEND hub", date: "2025-04-10", text: "Agreed by the council and the ICB." },
  {
    area: "PIA4",
    kind: "DATA",
    title: "Schools engaged with the Inclusion Support Service",
    date: "2025-06-13",
    text: "Every Derbyshire school engaged, up from fewer than half in 2023/24.",
  },
  {
    area: "PIA5",
    kind: "DOCUMENT",
    title: "Board minutes published on the Local Offer",
    date: "2025-06-05",
    text: "Minutes of the SEND Improvement and Assurance Board published for families.",
  },
  {
    area: "PIA3",
    kind: "FEEDBACK",
    title: "We don't know where our child's assessment has got to.",
    date: "2025-05-08",
    text: "EHC assessment letters rewritten with parent carers; a named contact now given at the start of every assessment.",
    family: true,
  },
  {
    area: "PIA5",
    kind: "FEEDBACK",
    title: "The Local Offer is hard to find your way around.",
    date: "2025-06-02",
    text: "The assessment pages are being rewritten with Derbyshire Parent Carer Voice.",
    family: true,
  },
];

/**
 * The later stocktakes (illustrative): every six months after July 2025, up
 * to the seed's today. The response to each next step, and the advisors'
 * findings, are invented for the demo; the tables are drawn from the demo
 * data as the app draws them.
 */
export const LATER_FINDINGS: { month: string; governance: LetterSection; areas: Record<string, LetterSection> }[] = [
  {
    month: "2026-01",
    governance: {
      keyFindings: [
        {
          heading: "Risk and change control",
          text: "a risk register reviewed at every board and a change request process are now in place; the board decided its first change requests in July and August 2025.",
        },
        { heading: "Programme management office", text: "the programme office now co-ordinates the workstreams' reporting, although some workstreams still report late." },
      ],
      nextSteps: [{ heading: "Workstream reporting", text: "ensure every workstream reports on time each month, so that the board sees slippage before dates pass." }],
    },
    areas: {
      PIA1: {
        keyFindings: [
          { heading: "SEND Strategy", text: "the co-produced strategy has moved a quarter under an approved change request; the engagement with families behind it is strong." },
        ],
        nextSteps: [{ heading: "Strategy launch", text: "publish the SEND Strategy with its family-friendly summary and show how the JSNA has shaped it." }],
      },
      PIA3: {
        keyFindings: [{ heading: "EHCP recovery", text: "the recovery plan is agreed, but 20-week timeliness is not yet on its trajectory." }],
        nextSteps: [
          {
            heading: "Timeliness trajectory",
            text: "report 20-week timeliness to the board monthly against the recovery trajectory, with the actions taken where it falls short.",
          },
        ],
      },
      PIA6: {
        keyFindings: [{ heading: "Performance data", text: "waiting-time data is now reported by pathway, which allows the board to see where waits are longest." }],
        nextSteps: [{ heading: "Waiting well", text: "evidence that families waiting for assessment use the support offered while they wait." }],
      },
    },
  },
  {
    month: "2026-07",
    governance: {
      keyFindings: [
        { heading: "Assurance", text: "the board's oversight is now evidence-based, with monthly highlight reports and the action and impact log highlighting slow objectives." },
      ],
      nextSteps: [{ heading: "Sustainability", text: "set out how the governance will be sustained once the improvement notice is lifted." }],
    },
    areas: {
      PIA3: {
        keyFindings: [{ heading: "Quality assurance", text: "multi-agency audits are established; timeliness has improved but remains below the national average." }],
        nextSteps: [{ heading: "Annual reviews", text: "extend the recovery plan to annual reviews, which are now the larger backlog." }],
      },
      PIA5: {
        keyFindings: [{ heading: "Communication", text: "families report clearer communication about assessments; schools report less change." }],
        nextSteps: [{ heading: "Schools", text: "bring schools into the communication and engagement plan, with a termly briefing co-produced with parent carers." }],
      },
    },
  },
];

/** What the partnership's responses say, by the next step's heading (illustrative); anything else gets a general answer. */
export const RESPONSES: Record<string, string> = {
  "Embedding System-wide Governance":
    "A risk register is reviewed at every board meeting and a change request process is in use: the board approved change request 1.2a on 24 July 2025. Highlight reports follow the plan's priority areas.",
  "Integrated Strategic Oversight": "The board now reports to the Health and Wellbeing Board twice a year; its risk register is shared with the council's corporate risk process.",
  "Leadership Capacity and Stability": "Recruitment to the permanent Assistant Director Inclusion post is under way; interim cover is agreed until it is filled.",
  "System Alignment":
    "Workstream groups have been reviewed by the programme management office: each now has a delivery plan and an escalation route to the board; two groups were merged.",
  JSNA: "The JSNA SEND chapter has been published and presented to every workstream; its priorities are used to rank the board's actions.",
  "Strategic Vision and Co-Production":
    "The SEND Strategy is being co-produced with Derbyshire Parent Carer Voice and young people; approval moved a quarter under an approved change request to allow more engagement.",
  "Strengthening Participation and Engagement": "A Participation and Engagement Charter has been drafted with families and is being tested with the youth forum.",
  "Shared Data Dashboard": "A joint SEND data dashboard is now used at every board meeting, drawing on council and ICB data.",
  "Strategic Commissioning Development": "The joint commissioning strategy is being drafted from the JSNA; its date moved under a change request while the JSNA was completed.",
  "EHCP Recovery and Risk Management": "An EHCP recovery plan with a timeliness trajectory has been agreed by the board and is reported monthly; its risks are on the register.",
  "Strengthening Quality Assurance": "A multi-agency QA working group meets monthly and audits a sample of plans each month.",
  "Enhanced Sufficiency Planning and Decision-Making": "The sufficiency plan now draws on the JSNA and cluster data; SEND capital decisions go to a joint panel.",
  "Ongoing Enhancement of Data Intelligence": "Part-time timetable and attendance data are reported monthly, aligned with the Attendance Strategy.",
  "Urgent Focus on Communication and Co-Production":
    "A communication and engagement plan has been co-produced with parent carers and is in use; a monthly newsletter goes to families.",
  "Urgent Improvement of Performance Data": "Waiting times are now reported by pathway with the prioritisation criteria published; the data is validated monthly with providers.",
};
