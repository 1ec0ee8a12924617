import Link from "next/link";
import type { CopiedPassageDiff } from "@/lib/claims/align/compare-event";
import { spanHref } from "./compare-cell";
import { DiffText } from "./diff-text";

/** Passages one outlet reuses from another's article (wire copy), with what it changed. */
export function CopiesView({ copies, outletOf }: { copies: CopiedPassageDiff[]; outletOf: (articleId: string) => string }) {
  if (copies.length === 0) return null;
  return (
    <section aria-labelledby="copies-title" data-testid="copies">
      <h2 id="copies-title" className="mb-1 text-lg font-semibold">
        Reused passages
      </h2>
      <p className="mb-3 text-sm text-zinc-600">Text an outlet shares with another outlet&apos;s article, with the words it changed.</p>
      <ul className="space-y-3">
        {copies.map((copy, index) => (
          <li key={index} className="rounded-lg border border-zinc-200 px-3 py-2 text-sm">
            <p className="mb-1 text-xs text-zinc-500">
              <Link href={spanHref(copy.articleId, copy.span)}>{outletOf(copy.articleId)}</Link> reuses{" "}
              <Link href={spanHref(copy.sourceArticleId, copy.sourceSpan)}>{outletOf(copy.sourceArticleId)}</Link> ({Math.round(copy.similarity * 100)}% of the words shared)
            </p>
            <p className="leading-snug text-zinc-800">
              <DiffText segments={copy.segments} against={outletOf(copy.sourceArticleId)} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
