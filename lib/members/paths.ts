// Where the partnership's members live.
export function membersPath(slug: string): string {
  return `/p/${slug}/members`;
}

export function memberPath(slug: string, membershipId: string): string {
  return `${membersPath(slug)}/${membershipId}`;
}

/** How the member signs in (engineer B's page: password, OpenID Connect links, a reset link). */
export function memberSignInPath(slug: string, membershipId: string): string {
  return `${memberPath(slug, membershipId)}/sign-in`;
}
