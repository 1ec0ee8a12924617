"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { CompareColumn } from "@/lib/claims/align/types";

/** An outlet with several articles in the event: choose which one its column shows. */
export function ColumnPicker({ column }: { column: CompareColumn }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  if (column.alternatives.length === 0) return null;
  const choose = (articleId: string) => {
    const params = new URLSearchParams(searchParams.toString());
    const picks = params.getAll("pick").filter((pick) => !pick.startsWith(`${column.key}~`));
    params.delete("pick");
    for (const pick of [...picks, `${column.key}~${articleId}`]) params.append("pick", pick);
    router.push(`${pathname}?${params.toString()}`, { scroll: false });
  };
  return (
    <label className="mt-1 block text-xs text-zinc-500">
      <span className="sr-only">Article shown for {column.outlet}</span>
      <select
        value={column.articleId}
        onChange={(event) => choose(event.target.value)}
        className="mt-0.5 w-full max-w-56 rounded border border-zinc-300 bg-white px-1 py-0.5 text-xs text-zinc-800"
      >
        <option value={column.articleId}>{column.headline.slice(0, 70)}</option>
        {column.alternatives.map((alternative) => (
          <option key={alternative.articleId} value={alternative.articleId}>
            {alternative.headline.slice(0, 70)} ({alternative.published?.slice(0, 10) ?? "undated"})
          </option>
        ))}
      </select>
      <span className="ml-0.5">{column.alternatives.length + 1} articles from this outlet</span>
    </label>
  );
}
