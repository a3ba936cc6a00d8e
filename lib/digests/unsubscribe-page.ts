// The unsubscribe link's pages, as HTML (served by a route handler, because
// the same address also takes RFC 8058's one-click POST, which a page
// cannot). Pure: what they say is passed in. No scripts; the button is a
// plain form, so it works without JavaScript.
import { escapeHtml } from "./render";

const STYLE = `body{font-family:Arial,sans-serif;color:#0b0c0c;line-height:1.5;margin:0}main{max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.75rem}button{font:inherit;font-weight:bold;color:#fff;background:#1d4ed8;border:0;border-radius:.375rem;padding:.6rem 1.2rem;cursor:pointer}button:focus{outline:3px solid #fd0;outline-offset:0}a{color:#1d4ed8}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} – Stocktake</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export type UnsubscribeView = {
  memberName: string;
  partnershipName: string;
  /** Already off: the page confirms it instead of asking. */
  off: boolean;
  /** The form's own address (the link itself). */
  action: string;
  /** Where a signed-in member changes how often. */
  manage: string;
};

export function unsubscribePage(view: UnsubscribeView): string {
  const who = `${escapeHtml(view.memberName)}’s email reminders from ${escapeHtml(view.partnershipName)}`;
  const manage = `<p>To turn them on again, or choose daily or weekly, sign in and open <a href="${escapeHtml(view.manage)}">Email reminders</a>.</p>`;
  if (view.off) {
    return page("Email reminders are off", `<h1>Email reminders are off</h1><p>${who} have stopped. Stocktake will not send them any more.</p>${manage}`);
  }
  return page(
    "Stop email reminders",
    `<h1>Stop email reminders</h1><p>This link is for ${who}: an email of what is waiting for you in Stocktake.</p>` +
      `<form method="post" action="${escapeHtml(view.action)}"><input type="hidden" name="stop" value="1"><button type="submit">Stop these emails</button></form>${manage}`,
  );
}

/** An archived partnership sends no reminders, and its records can no longer change (so the choice cannot be saved). */
export function unsubscribeArchivedText(partnershipName: string): string {
  return `${partnershipName} is archived: it sends no reminders.`;
}

export function unsubscribeArchivedPage(partnershipName: string): string {
  return page("No email reminders", `<h1>No email reminders</h1><p>${escapeHtml(unsubscribeArchivedText(partnershipName))} Stocktake will not email you about it.</p>`);
}

/** A forged link, another's, or one a newer link replaced: the same page, saying none of which. */
export function unsubscribeNotFoundPage(): string {
  return page(
    "Link not found",
    `<h1>This link does not work</h1><p>It may be copied wrongly, or a newer email has replaced it. To change your email reminders, sign in to <a href="/p">Stocktake</a>.</p>`,
  );
}
