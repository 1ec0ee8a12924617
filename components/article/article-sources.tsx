import type { ArticleView } from "@/lib/db/present-article";
import { Badge } from "@/components/ui/badge";
import { RangeTrigger } from "./range-trigger";

const boxClass = "rounded-lg border border-zinc-200";
const titleClass = "border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-sm font-semibold";

/** Who the text says it got its information from; a click shows the attribution in the text. */
export function CitedSources({ sources }: { sources: ArticleView["citedSources"] }) {
  return (
    <section aria-labelledby="cited-title" className={boxClass}>
      <h2 id="cited-title" className={titleClass}>
        Cited sources <span className="font-normal text-zinc-500">({sources.length})</span>
      </h2>
      {sources.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-600">The text attributes nothing to a named source.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm">
          {sources.map((source, index) => (
            <li key={index} className="px-4 py-2.5">
              <div className="flex items-center gap-2">
                {source.rangeId ? (
                  <RangeTrigger rangeId={source.rangeId} testId="cited-source" className="font-medium" label={`${source.name}: show in the text`}>
                    {source.name}
                  </RangeTrigger>
                ) : (
                  <span data-testid="cited-source" className="font-medium">
                    {source.name}
                  </span>
                )}
                <Badge>{source.kind}</Badge>
              </div>
              <p className="mt-0.5 font-serif text-[0.8rem] leading-snug text-zinc-600">“{source.quote}”</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Photo and video credits say who took a picture, not where the text came from. */
export function Credits({ credits }: { credits: ArticleView["credits"] }) {
  if (credits.length === 0) return null;
  return (
    <section aria-labelledby="credits-title" className={boxClass}>
      <h2 id="credits-title" className={titleClass}>
        Photo credits <span className="font-normal text-zinc-500">— not sources</span>
      </h2>
      <ul className="divide-y divide-zinc-100 text-sm">
        {credits.map((credit, index) => (
          <li key={index} className="px-4 py-2.5">
            <span className="font-medium">{credit.name}</span>{" "}
            <a href={`#removed-${credit.position}`} className="text-xs">
              in removed piece
            </a>
            <p className="mt-0.5 font-serif text-[0.8rem] leading-snug text-zinc-600">“{credit.quote}”</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every copied passage at a glance, linked to its mark in the text and to the other article. */
export function CopiedPassages({ copies }: { copies: ArticleView["copies"] }) {
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="copies-title" className={boxClass}>
      <h2 id="copies-title" className={titleClass}>
        Copied passages <span className="font-normal text-zinc-500">({copies.length})</span>
      </h2>
      <ul className="divide-y divide-zinc-100 text-sm">
        {copies.map((copy) => (
          <li key={copy.id} className="px-4 py-2.5">
            <a href={`#${copy.anchor}`} className="font-medium">
              {copy.kind === "internal" ? "Repeated inside this article" : copy.relation === "copied-from" ? "Copied from an earlier article" : "Also in another article"}
            </a>
            <span className="ml-1.5 text-xs text-zinc-500">{Math.round(copy.similarity * 100)}% similar</span>
            {copy.other ? (
              <p className="mt-0.5 leading-snug">
                <a href={`/articles/${copy.other.id}${copy.otherAnchor ? `#${copy.otherAnchor}` : ""}`} className="text-zinc-700 hover:text-accent">
                  {copy.other.outletName && <span className="font-medium">{copy.other.outletName}: </span>}
                  {copy.other.headline}
                </a>
              </p>
            ) : (
              copy.removedPosition !== null && (
                <p className="mt-0.5 text-xs">
                  <a href={`#removed-${copy.removedPosition}`}>the repeat, in removed pieces</a>
                </p>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
