// The board pack form's schema, shared by the form and its server action (STYLE rule 6).
import { z } from "zod";

export const boardPackSchema = z.object({
  meetingId: z.string({ error: "Missing item." }).min(1, "Missing item.").max(40),
  /** 0 while the pack has never been saved. */
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(0),
  coverNote: z.string().trim().max(4000, "Keep the covering note under 4,000 characters.").optional(),
  /** Which button was pressed: keep the draft, or publish it to members. */
  intent: z.enum(["save", "publish"], { error: "Choose to save the draft or publish it." }),
});
export type BoardPackInput = z.infer<typeof boardPackSchema>;
