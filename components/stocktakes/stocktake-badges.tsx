// A stocktake's state in words, with a letter for the eye; never colour alone.
import type { StocktakeState } from "@/lib/generated/prisma/enums";

const TONE: Record<StocktakeState, { letter: string; words: string; tone: string }> = {
  DRAFT: { letter: "D", words: "Draft", tone: "border-slate-500 bg-slate-100 text-slate-900" },
  PUBLISHED: { letter: "P", words: "Published", tone: "border-green-700 bg-green-50 text-green-900" },
};

export function StocktakeStateBadge({ state }: { state: StocktakeState }) {
  const t = TONE[state];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm font-medium whitespace-nowrap ${t.tone}`} data-stocktake-state={state}>
      <span aria-hidden="true" className="font-bold">
        {t.letter}
      </span>
      {t.words}
    </span>
  );
}
