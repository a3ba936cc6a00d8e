"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { frequencySentence } from "./compute";
import { saveDigestFrequency } from "./mutations";
import { digestFrequencySchema } from "./schema";

export async function saveDigestFrequencyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, digestFrequencySchema, saveDigestFrequency, (frequency) => ok(undefined, `Saved. ${frequencySentence(frequency)}`));
}
