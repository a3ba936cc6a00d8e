"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";
import { PartnershipField } from "@/components/forms/fields";
import { changePlanItemAction } from "@/lib/plan/structure/actions";
import type { PlanItem } from "@/lib/plan/structure/schema";

// Compact, to sit beside each item; at least 24px high (WCAG 2.5.8).
const buttonClass =
  "inline-flex items-center rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium whitespace-nowrap text-slate-900 hover:bg-slate-100 disabled:text-slate-500";

/**
 * Move up / Move down / Archive (or Restore) for one item of the plan tree.
 * Each button says which item it acts on, for screen reader users who tab
 * from button to button.
 */
export function ItemControls({
  slug,
  item,
  id,
  version,
  name,
  archived = false,
  canMoveUp = false,
  canMoveDown = false,
  mayArchive = true,
  align = "end",
}: {
  slug: string;
  item: PlanItem;
  id: string;
  version: number;
  /** How the item is read out, e.g. "action 1.1a". */
  name: string;
  archived?: boolean;
  canMoveUp?: boolean;
  canMoveDown?: boolean;
  mayArchive?: boolean;
  align?: "start" | "end";
}) {
  // One state for the three buttons, so the message shown is always the latest.
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(changePlanItemAction, null);
  const messageId = `${item}-${id}-controls-message`;
  return (
    <div className={`flex flex-col gap-1 ${align === "end" ? "items-end" : "items-start"}`}>
      <div className={`flex gap-2 ${align === "end" ? "justify-end" : "justify-start"}`}>
        {!archived && canMoveUp ? (
          <form action={formAction}>
            <PartnershipField slug={slug} />
            <input type="hidden" name="item" value={item} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="op" value="move" />
            <input type="hidden" name="direction" value="up" />
            <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
              Move up<span className="sr-only"> {name}</span>
            </button>
          </form>
        ) : null}
        {!archived && canMoveDown ? (
          <form action={formAction}>
            <PartnershipField slug={slug} />
            <input type="hidden" name="item" value={item} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="op" value="move" />
            <input type="hidden" name="direction" value="down" />
            <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
              Move down<span className="sr-only"> {name}</span>
            </button>
          </form>
        ) : null}
        {mayArchive ? (
          <form action={formAction}>
            <PartnershipField slug={slug} />
            <input type="hidden" name="item" value={item} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="op" value={archived ? "restore" : "archive"} />
            <input type="hidden" name="version" value={version} />
            <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
              {archived ? "Restore" : "Archive"}
              <span className="sr-only"> {name}</span>
            </button>
          </form>
        ) : null}
      </div>
      <FormMessage state={state} id={messageId} />
    </div>
  );
}
