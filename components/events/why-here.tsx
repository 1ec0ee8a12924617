import Link from "next/link";
import type { EventMember } from "@/lib/events/event-queries";
import { describeGrouping } from "@/lib/events/describe-grouping";

const PART_LABELS = [
  ["terms", "key terms"],
  ["entities", "people, places, organisations"],
  ["days", "named days"],
  ["date", "date"],
  ["conflict", "place/weekday agreement"],
] as const;

/** "Why is it here?" for one article: the grouper's decision, or the reviewer's, in words; the numbers in a fold. */
export function WhyHere({ member }: { member: EventMember }) {
  const reason = describeGrouping(member);
  const explanation = member.decidedBy === "score" || member.decidedBy === "new-group" ? member.explanation : null;
  const parts = explanation?.closestArticleId ? explanation.parts : undefined;
  return (
    <div className="mt-1.5 text-[0.8rem] leading-relaxed text-zinc-600" data-testid="why-here">
      <p>
        <span className="font-medium text-zinc-700">Why here? </span>
        {reason.sentence}
        {reason.closest && (
          <>
            {" "}
            {member.decidedBy === "new-group" ? "Nearest: " : "Closest: "}
            {reason.closest.headline ? (
              <Link href={`/articles/${reason.closest.articleId}`}>{reason.closest.headline}</Link>
            ) : (
              <span>an article since removed</span>
            )}
            {reason.closest.eventId && (
              <>
                {" "}
                (<Link href={`/events/${reason.closest.eventId}`}>its event</Link>)
              </>
            )}
            .
          </>
        )}
      </p>
      {parts && explanation && (
        <details className="mt-0.5">
          <summary className="w-fit cursor-pointer text-xs text-zinc-500 select-none hover:text-zinc-800">Score details</summary>
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs tabular-nums">
            <div className="flex gap-1">
              <dt className="text-zinc-500">score</dt>
              <dd className="text-zinc-800">{explanation.score.toFixed(2)}</dd>
            </div>
            {PART_LABELS.map(([key, label]) => (
              <div key={key} className="flex gap-1">
                <dt className="text-zinc-500">{label}</dt>
                <dd className="text-zinc-800">{parts[key].toFixed(2)}</dd>
              </div>
            ))}
          </dl>
          {reason.words.length > 0 && <p className="mt-0.5 text-xs text-zinc-500">Words in common: {reason.words.map((word) => `“${word}”`).join(", ")}</p>}
        </details>
      )}
    </div>
  );
}
