import type { PublicPageScreen } from "@/lib/public-summaries/view";

type Answers = NonNullable<PublicPageScreen["areas"][number]["published"]>["answers"];

/** A summary's three answers under their questions. */
export function SummaryAnswers({ answers, headingLevel = 4 }: { answers: Answers; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="space-y-2">
      {answers.map((answer) => (
        <div key={answer.field}>
          <Heading className="text-sm font-semibold text-slate-900">{answer.label}</Heading>
          <p className="whitespace-pre-line text-slate-800">{answer.text || <span className="text-slate-600 italic">Not written yet.</span>}</p>
        </div>
      ))}
    </div>
  );
}
