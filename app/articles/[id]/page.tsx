import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { ArticleText } from "@/components/article/article-text";
import { CitedSources, CopiedPassages, Credits } from "@/components/article/article-sources";
import { ClaimsPanel } from "@/components/article/claims-panel";
import { HighlightProvider } from "@/components/article/highlight-provider";
import { MarkLegend } from "@/components/article/mark-legend";
import { MetadataPanel } from "@/components/article/metadata-panel";
import { RemovedPieces } from "@/components/article/removed-pieces";
import { OutletName } from "@/components/outlet-name";
import { Badge } from "@/components/ui/badge";
import { getArticleDetail } from "@/lib/db/article-queries";
import { getDb } from "@/lib/db/client";
import { markParagraphs, presentAnalysis } from "@/lib/db/present-analysis";
import { presentArticle } from "@/lib/db/present-article";
import { restorePieceAction } from "./actions";

const ZArticleParams = z.object({ id: z.string().min(1).max(64) });
// `?span=812-838`: words another page links to (a compare cell, a statement), anchored and highlighted
const ZSpanParam = z
  .string()
  .regex(/^\d{1,7}-\d{1,7}$/)
  .transform((value) => value.split("-").map(Number) as [number, number])
  .optional()
  .catch(undefined);

// generateMetadata and the page both need the article: one query per request.
const loadArticle = cache(async (id: string, span?: [number, number]) => {
  const record = await getArticleDetail(await getDb(), id);
  if (!record) notFound();
  const article = presentArticle(record);
  const analysis = presentAnalysis(record);
  const linked = span && span[0] < span[1] && span[1] <= record.text.length ? { ...analysis, linkedSpans: [...analysis.linkedSpans, { start: span[0], end: span[1] }] } : analysis;
  return { article, analysis, paragraphs: markParagraphs(article.paragraphs, linked) };
});

async function articleFromParams(params: Promise<{ id: string }>, searchParams?: Promise<Record<string, string | string[] | undefined>>) {
  const parsed = ZArticleParams.safeParse(await params);
  if (!parsed.success) notFound();
  const span = ZSpanParam.parse((await searchParams)?.span);
  return loadArticle(parsed.data.id, span);
}

export async function generateMetadata({ params }: PageProps<"/articles/[id]">): Promise<Metadata> {
  const { article } = await articleFromParams(params);
  return { title: article.headline || "Article" };
}

export default async function ArticlePage({ params, searchParams }: PageProps<"/articles/[id]">) {
  const { article, analysis, paragraphs } = await articleFromParams(params, searchParams);
  const language = article.language.code ?? undefined;

  return (
    <HighlightProvider>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/articles">← Library</Link>
      </nav>
      <header className="mb-6 max-w-4xl">
        {/* A derived headline is a whole first sentence: set smaller so it does not shout. */}
        <h1
          className={`font-serif leading-tight tracking-tight text-zinc-950 ${article.headlineDerived ? "text-[1.45rem] font-medium" : "text-[1.9rem] font-semibold"}`}
          lang={language}
        >
          {article.headline || "(no headline)"}
        </h1>
        {article.headlineDerived && (
          <p className="mt-1.5 text-sm text-amber-800">
            Headline derived from the first sentence: the input did not give one.
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-zinc-600">
          <OutletName outlet={article.outlet} />
          <span aria-hidden>·</span>
          <span>{article.published ? article.published.label : <Badge tone="warning">no date</Badge>}</span>
          {article.dateline && (
            <>
              <span aria-hidden>·</span>
              <span lang={language}>{article.dateline}</span>
            </>
          )}
          <span aria-hidden>·</span>
          <span>{article.language.name}</span>
          <span aria-hidden>·</span>
          <span className="tabular-nums">{article.wordCount.toLocaleString("en")} words</span>
          {article.flags.includes("short-text") && <Badge>short text</Badge>}
          {article.flags.includes("language-uncertain") && <Badge>language uncertain</Badge>}
        </div>
      </header>

      <div className="grid gap-10 min-[960px]:grid-cols-[minmax(0,46rem)_minmax(16rem,26rem)] xl:gap-14">
        <div className="mark-scope min-w-0 space-y-10">
          <section aria-label="Article text">
            <MarkLegend legend={analysis.legend} />
            <ArticleText paragraphs={paragraphs} copies={article.copies} language={article.language.code} />
          </section>
          <RemovedPieces articleId={article.id} groups={article.removedGroups} restoreAction={restorePieceAction} />
          <section aria-labelledby="raw-title">
            <details className="rounded-lg border border-zinc-200">
              <summary className="cursor-pointer px-4 py-2.5 text-sm select-none hover:bg-zinc-50">
                <span id="raw-title" className="font-medium">
                  Raw input
                </span>{" "}
                <span className="text-zinc-500">
                  as received · {article.raw.format}
                  {article.raw.encoding && ` · ${article.raw.encoding}`} · {article.raw.text.length.toLocaleString("en")} characters
                </span>
              </summary>
              <pre className="max-h-[32rem] overflow-auto border-t border-zinc-200 bg-zinc-50 px-4 py-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-zinc-800">
                {article.raw.text}
              </pre>
            </details>
          </section>
        </div>
        <aside className="space-y-5">
          <ClaimsPanel events={analysis.events} unattributedQuotes={analysis.unattributedQuotes} />
          <MetadataPanel article={article} />
          <CitedSources sources={article.citedSources} />
          <CopiedPassages copies={article.copies} />
          <Credits credits={article.credits} />
        </aside>
      </div>
    </HighlightProvider>
  );
}
