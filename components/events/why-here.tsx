import Link from "next/link";
import type { EventMember } from "@/lib/events/event-queries";
import { describeGrouping } from "./describe-grouping";

const PART_LABELS = [
  ["terms", "key terms"],
  ["entities", "people, places, organisations"],
  ["days", "named days"],
  ["date", "date"],
  ["conflict", "place/weekday agreement"],
] as const;

/** "Why is it here?" for one article: the grouper's decision, or the reviewer's, in words. */
export function WhyHere({ member }: { member: EventMember }) {
  const reason = describeGrouping(member);
  const parts = member.decidedBy === "score" ? member.explanation?.parts : undefined;
  return (
    <div className="mt-1.5 text-[0.8rem] leading-relaxed text-zinc-600" data-testid="why-here">
      <p>
        <span className="font-medium text-zinc-700">Why here? </span>
        {reason.sentence}
        {reason.shares.length > 0 && (
          <>
            : shares <span className="text-zinc-800">{reason.shares.join(", ")}</span>
          </>
        )}
        {reason.terms.length > 0 && (
          <>
            {reason.shares.length > 0 ? "; terms " : ": terms "}
            <span className="text-zinc-800">{reason.terms.map((term) => `“${term}”`).join(", ")}</span>
          </>
        )}
        {reason.dateGapDays !== null && reason.dateGapDays > 0 && <>; published {reason.dateGapDays === 1 ? "1 day" : `${reason.dateGapDays} days`} apart</>}
        {reason.closest && (
          <>
            ; closest:{" "}
            {reason.closest.headline ? (
              <Link href={`/articles/${reason.closest.articleId}`}>{reason.closest.headline}</Link>
            ) : (
              <span>an article now in another event</span>
            )}
          </>
        )}
        {member.decidedBy === "score" && "."}
      </p>
      {parts && (
        <details className="mt-0.5">
          <summary className="w-fit cursor-pointer text-xs text-zinc-500 select-none hover:text-zinc-800">Score parts</summary>
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs tabular-nums">
            {PART_LABELS.map(([key, label]) => (
              <div key={key} className="flex gap-1">
                <dt className="text-zinc-500">{label}</dt>
                <dd className="text-zinc-800">{parts[key].toFixed(2)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
