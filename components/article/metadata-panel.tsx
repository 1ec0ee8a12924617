import type { ReactNode } from "react";
import type { ArticleView, FieldView } from "@/lib/db/present-article";
import { Badge } from "@/components/ui/badge";
import { RangeTrigger } from "./range-trigger";

const SOURCE_KINDS: Record<string, string> = { paste: "Pasted text", file: "File", url: "Web page", jsonl: "JSONL line" };

/** Each value with the words it was read from: a reviewer can check every one against the text. */
export function MetadataPanel({ article }: { article: ArticleView }) {
  const field = (key: FieldView["key"]) => article.fields.find((candidate) => candidate.key === key);
  const outletField = field("outlet");
  return (
    <section aria-labelledby="metadata-title" className="rounded-lg border border-zinc-200">
      <h2 id="metadata-title" className="border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-sm font-semibold">
        Metadata
      </h2>
      <dl className="divide-y divide-zinc-100 text-sm">
        <Row label="Outlet" field={outletField}>
          {article.outlet ? (
            <div className="space-y-1">
              <div className="flex flex-wrap items-center gap-1.5">
                <FieldValue field={outletField} fallback={article.outlet.name} />
                {article.outlet.known ? <Badge tone="success">in gazetteer</Badge> : <Badge tone="warning">unknown outlet</Badge>}
              </div>
              {(article.outlet.country || article.outlet.ownership) && (
                <p className="text-xs text-zinc-600">{[article.outlet.country, article.outlet.ownership].filter(Boolean).join(" · ")}</p>
              )}
            </div>
          ) : (
            <Badge tone="warning">no outlet</Badge>
          )}
        </Row>
        <Row label="Published" field={field("published")}>
          {article.published ? (
            <span>
              <FieldValue field={field("published")} fallback={article.published.label} />{" "}
              <span className="text-xs text-zinc-500">
                ({article.published.precision ?? "unknown"} precision · <span className="font-mono">{article.published.iso}</span>)
              </span>
            </span>
          ) : (
            <Badge tone="warning">no date</Badge>
          )}
        </Row>
        <Row label="Dateline" field={field("dateline")}>
          {article.dateline ? <FieldValue field={field("dateline")} fallback={article.dateline} /> : <None />}
        </Row>
        <Row label="Language" field={field("language")}>
          {article.language.code ? <FieldValue field={field("language")} fallback={`${article.language.name} (${article.language.code})`} /> : <None />}
        </Row>
        <Row label="Headline" field={field("headline")}>
          <span className="text-zinc-700">{headlineOrigin(field("headline")?.method ?? null, article.headlineDerived)}</span>
        </Row>
        <Row label="Source">
          <div className="space-y-0.5">
            <div>
              {SOURCE_KINDS[article.source.kind] ?? article.source.kind}
              {article.source.name && article.source.name !== article.source.url && <span className="text-zinc-600"> · {article.source.name}</span>}
            </div>
            {article.source.url && <SourceUrl url={article.source.url} />}
          </div>
        </Row>
        <Row label="Content hash">
          <span className="font-mono text-xs text-zinc-700" title="sha256 of the normalised clean text: the same text imported again is a duplicate">
            {article.contentHashShort}…
          </span>
        </Row>
        <Row label="Imported">
          <time dateTime={article.importedAt} className="tabular-nums">
            {article.importedAt.slice(0, 16).replace("T", " ")} UTC
          </time>
        </Row>
      </dl>
    </section>
  );
}

function Row({ label, field, children }: { label: string; field?: FieldView; children: ReactNode }) {
  return (
    <div className="px-4 py-2.5">
      <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-zinc-900">
        {children}
        {field && <Evidence field={field} />}
      </dd>
    </div>
  );
}

function FieldValue({ field, fallback }: { field?: FieldView; fallback: string }) {
  const value = field?.value ?? fallback;
  if (!field?.rangeId) return <span>{value}</span>;
  return (
    <RangeTrigger rangeId={field.rangeId} label={`${value}: show where it was found in the text`}>
      {value}
    </RangeTrigger>
  );
}

function Evidence({ field }: { field: FieldView }) {
  const confidence = field.confidence === null ? null : `${Math.round(field.confidence * 100)}%`;
  return (
    <details data-testid={`evidence-${field.key}`} className="group mt-1 text-xs">
      <summary className="cursor-pointer text-zinc-500 select-none hover:text-zinc-800">
        {field.evidence.length === 0 ? "no evidence" : field.evidence.length === 1 ? "1 piece of evidence" : `${field.evidence.length} pieces of evidence`}
        {confidence && ` · ${confidence} sure`}
        {field.inferred && " · inferred"}
      </summary>
      <div className="mt-1.5 space-y-1.5 border-l-2 border-zinc-200 pl-2.5">
        {field.evidence.length === 0 && <p className="text-zinc-600">Nothing in the input settles this field.</p>}
        <ul className="space-y-1.5">
          {field.evidence.map((item, index) => (
            <li key={index} className="leading-snug">
              {item.rangeId ? (
                <RangeTrigger rangeId={item.rangeId} className="font-serif text-[0.8rem] text-zinc-900">
                  “{item.quote}”
                </RangeTrigger>
              ) : (
                <span className="font-serif text-[0.8rem] text-zinc-900">“{item.quote}”</span>
              )}{" "}
              <span className="text-zinc-500">
                {item.removedPosition !== undefined ? <a href={`#removed-${item.removedPosition}`}>{item.whereLabel}</a> : item.whereLabel}
              </span>
            </li>
          ))}
        </ul>
        {field.method && (
          <p className="text-zinc-500">
            rule: <span className="font-mono">{field.method}</span>
          </p>
        )}
      </div>
    </details>
  );
}

function None() {
  return <span className="text-zinc-400">none found</span>;
}

/** Only http(s) addresses become links: a stored URL is input, and input is untrusted. */
function SourceUrl({ url }: { url: string }) {
  const safe = /^https?:\/\//i.test(url);
  return safe ? (
    <a href={url} rel="noreferrer noopener nofollow" target="_blank" className="block break-all text-xs">
      {url}
    </a>
  ) : (
    <span className="block break-all text-xs text-zinc-600">{url}</span>
  );
}

/** How the headline was settled, in the words a reviewer would use. */
function headlineOrigin(method: string | null, derived: boolean): string {
  if (derived) return "derived from the first sentence";
  if (method === "title-line") return "title line at the top of the text";
  if (method === "user") return "given with the input (page title, feed or form)";
  return "given in the input";
}
