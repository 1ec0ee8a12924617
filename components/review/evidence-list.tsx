import type { EvidenceItem } from "@/lib/review/verdict-types";

const formatBytes = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

/**
 * Evidence as the reviewer gave it, all as text: a URL is a link only when it is http(s) (the
 * schema already refuses other schemes; this is the second lock), quotes are plain text.
 */
export function EvidenceList({ items }: { items: EvidenceItem[] }) {
  if (items.length === 0) return <p className="text-sm text-zinc-500">No evidence attached.</p>;
  return (
    <ol className="space-y-2" data-testid="evidence-list">
      {items.map((item, index) => (
        <li key={index} className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm" data-testid="evidence-item" data-kind={item.kind}>
          {item.kind === "url" ? (
            /^https?:\/\//i.test(item.url) ? (
              <a href={item.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                {item.url}
              </a>
            ) : (
              <span className="break-all">{item.url}</span>
            )
          ) : item.kind === "file" ? (
            <span>
              <a href={`/api/evidence/${encodeURIComponent(item.fileId)}`} className="font-medium" data-testid="evidence-file-link">
                {item.fileName}
              </a>{" "}
              <span className="text-xs text-zinc-500">
                {item.mimeType} · {formatBytes(item.byteSize)} · sha256 <code className="text-[0.7rem]">{item.sha256.slice(0, 12)}…</code>
              </span>
            </span>
          ) : null}
          {"quote" in item && item.quote ? <blockquote className="mt-1 border-l-2 border-zinc-300 pl-2 whitespace-pre-wrap text-zinc-700">{item.quote}</blockquote> : null}
          {item.note ? <p className="mt-1 text-xs whitespace-pre-wrap text-zinc-600">{item.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
