// The public page's fixed words, in one place so that a test can measure
// their reading age (tests/public-page-readability.test.ts: the GOV.UK aim
// of a reading age of 9, about Flesch-Kincaid grade 4). Written for parents
// and carers, in the shape councils use: "What we will do / What families
// told us / Progress so far". Short words, short sentences.
import type { Status } from "@/lib/generated/prisma/enums";

export const WORDS = {
  heading: "How our plan is going",
  intro: [
    "This page is for parents and carers.",
    "It tells you what we are doing to make help better for children and young people with SEND.",
    "It tells you what has changed so far, and what comes next.",
  ],
  plan: {
    heading: "What we will do",
    intro: "Our plan has a few big aims. For each one, the team that leads it tells you what they do now, what has changed and what is next.",
    doing: "What we are doing",
    changed: "What has changed",
    next: "What is next",
    status: "How it is going",
    checked: "Checked on",
    illustrative: "Example only",
    illustrativeWhy: "This is a made-up example. It shows how the page will look.",
    none: "We have not put anything here yet. Please come back soon.",
  },
  families: {
    heading: "What families told us",
    intro: "You told us what was hard. Here is what you said, and what we did about it.",
    said: "You said",
    did: "We did",
    none: "We have not put anything here yet.",
  },
  progress: {
    heading: "Progress so far",
    intro: "These numbers show if things are getting better. Each chart has a table with the same numbers.",
    table: "The numbers in a table",
    month: "Month",
    value: "Number",
    none: "We have not put any numbers here yet.",
  },
  minutes: {
    heading: "Notes from our board meetings",
    intro: "The board is a group of leaders. It meets to check the plan. These are the notes of its meetings.",
    who: "Who came",
    whoWhy: "We list people by their job, not by their name.",
    older: "Notes from older meetings",
    none: "We have not put any notes here yet.",
  },
  updated: "Last updated",
  contact: {
    heading: "Ask us a question",
    email: "If you have a question, send us an email at",
    noEmail: "If you have a question, ask the SEND team at your council.",
  },
  follow: {
    heading: "Get updates",
    text: "You can follow this page in a news reader app. Use this link:",
    link: "Updates feed",
  },
  jump: "On this page",
} as const;

/** What each state means, in plain words, beside the partnership's own label for it. */
export const STATUS_MEANING: Record<Status, string> = {
  COMPLETE: "This work is done. We will keep it going.",
  ON_TRACK: "This work is going to plan.",
  AT_RISK: "This work is going to plan, but we have some worries.",
  OFF_TRACK: "This work is behind. We are working to catch up.",
  NOT_DUE: "This work has not started yet, or is not due yet.",
};

/** Short forms spelt out the first time the page uses them. */
export const GLOSSARY: Record<string, string> = {
  SEND: "special educational needs and disabilities",
  "EHC plan": "education, health and care plan",
  "EHC plans": "education, health and care plans",
  EHCP: "education, health and care plan",
  ICB: "integrated care board",
  SENCO: "special educational needs co-ordinator",
  CAMHS: "child and adolescent mental health services",
  JSNA: "joint strategic needs assessment",
  DfE: "Department for Education",
  NEET: "not in education, employment or training",
  AP: "alternative provision",
};

/** The template's fixed text as sentences, for the readability test. */
export function templateText(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(WORDS);
  walk(STATUS_MEANING);
  return texts;
}
