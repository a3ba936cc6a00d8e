// The digests' pages: the member's own "Email reminders", and the programme
// office's preview of a member's next digest (null, a 404, for anyone else
// or a membership not in the partnership).
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { membersPath } from "@/lib/members/paths";
import { myUpdatesPath } from "@/lib/plan/paths";
import { mayPreviewDigests } from "./access";
import { composeDigest } from "./compose";
import { DIGEST_FREQUENCIES, FREQUENCY_LABELS, frequencySentence } from "./compute";
import { myEmailPath } from "./paths";
import { getDigestSettings } from "./queries";
import { digestSections } from "./render";

export async function getMyEmailPage(member: MemberContext) {
  const settings = await getDigestSettings(member.partnershipId, member.membershipId);
  if (!settings) return null;
  return {
    membershipId: member.membershipId,
    partnershipName: member.partnership.name,
    frequency: settings.digestFrequency,
    sentence: frequencySentence(settings.digestFrequency),
    options: DIGEST_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
    myUpdatesHref: myUpdatesPath(member.partnership.slug),
  };
}
export type MyEmailPage = NonNullable<Awaited<ReturnType<typeof getMyEmailPage>>>;

export async function getDigestPreviewPage(member: MemberContext, membershipId: string, today: Date) {
  if (!mayPreviewDigests(member.scope)) return null;
  const [settings, digest] = await Promise.all([getDigestSettings(member.partnershipId, membershipId), composeDigest(member.partnershipId, membershipId, today)]);
  if (!settings) return null;
  return {
    name: settings.user.name,
    frequency: FREQUENCY_LABELS[settings.digestFrequency],
    off: settings.digestFrequency === "OFF",
    digest: digest ? { subject: digest.subject, text: digest.text, sections: digestSections(digest.items) } : null,
    membersHref: membersPath(member.partnership.slug),
    ownEmailHref: myEmailPath(member.partnership.slug),
  };
}
export type DigestPreviewPage = NonNullable<Awaited<ReturnType<typeof getDigestPreviewPage>>>;
