// The operators' pages: /admin, outside every partnership.
export const adminPath = () => "/admin";

/** The confirmation before archiving or restoring a partnership (a page of its own, so it works without JavaScript). */
export const confirmPartnershipPath = (slug: string) => `/admin?confirm=${encodeURIComponent(slug)}`;
