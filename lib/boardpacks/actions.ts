"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { publishBoardPack, saveBoardPackDraft } from "./mutations";
import { publishedBoardPackPath } from "./paths";
import { boardPackSchema } from "./schema";

/** Saving keeps the programme office on the draft (with the new version); publishing goes to the published pack, which says so. */
export async function saveBoardPackAction(_previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(
    form,
    boardPackSchema,
    async (partnershipId, caller, input) =>
      input.intent === "publish"
        ? { published: (await publishBoardPack(partnershipId, caller, input)).packId, version: 0 }
        : { published: null, version: (await saveBoardPackDraft(partnershipId, caller, input)).version },
    (saved, _input, member) =>
      saved.published
        ? { redirectTo: publishedBoardPackPath(member.partnership.slug, saved.published) }
        : ok({ version: saved.version }, "Draft saved. Members see the pack only once it is published."),
  );
}
