import { z } from "zod";
import { DIGEST_FREQUENCIES } from "./compute";

/** The member's own choice, on the form shown for their membership (named, so a form from another partnership is refused). */
export const digestFrequencySchema = z.object({
  membershipId: z.string().min(1),
  frequency: z.enum(DIGEST_FREQUENCIES, { error: "Choose weekly, daily or off." }),
});
export type DigestFrequencyInput = z.infer<typeof digestFrequencySchema>;
