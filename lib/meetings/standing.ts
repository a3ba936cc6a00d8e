import type { StandingItem } from "@/lib/generated/prisma/enums";

/**
 * The standing items of a board agenda, in order (REFERENCES §4.5, after
 * Devon's and Wirral's agendas): apologies; the last minutes and the action
 * and impact log; the dashboard; highlight reports; the risk register; AOB.
 */
export const STANDING_ITEMS: readonly { standing: StandingItem; title: string; durationMinutes: number }[] = [
  { standing: "APOLOGIES", title: "Welcome, introductions and apologies", durationMinutes: 5 },
  { standing: "PREVIOUS_MINUTES", title: "Minutes of the last meeting, and the action and impact log", durationMinutes: 15 },
  { standing: "DASHBOARD", title: "Board dashboard: progress, slippage and performance measures", durationMinutes: 20 },
  { standing: "HIGHLIGHT_REPORTS", title: "Highlight reports from the priority leads", durationMinutes: 40 },
  { standing: "RISK_REGISTER", title: "Risk register: risks escalated to the board", durationMinutes: 15 },
  { standing: "AOB", title: "Any other business", durationMinutes: 5 },
];
