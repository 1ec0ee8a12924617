// The sources an outlet cites most, from the cited sources stored with each article at ingest
// (lib/nlp): agencies, outlets, officials, people. Counted once per article that names them, so
// one story quoting IRNA five times weighs as much as one quoting it once. The outlet's own name
// (a wire's dateline, "DAMASCUS (Reuters) -") is a byline, not a source, and is left out.

import { z } from "zod";

const ZCitedSources = z.array(z.object({ name: z.string().min(1), kind: z.string() }).loose());

export interface TopSource {
  source: string;
  kind: string;
  count: number;
}

const fold = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** `citedSources` of each article as stored (JSON, checked here: a malformed one counts nothing) */
export function topSources(citedSources: unknown[], options: { ownNames?: string[]; limit?: number } = {}): TopSource[] {
  const own = new Set((options.ownNames ?? []).map(fold));
  const tally = new Map<string, { count: number; names: Map<string, number>; kinds: Map<string, number> }>();
  for (const stored of citedSources) {
    const parsed = ZCitedSources.safeParse(stored);
    if (!parsed.success) continue;
    const seen = new Set<string>();
    for (const source of parsed.data) {
      const key = fold(source.name);
      if (!key || seen.has(key) || own.has(key)) continue;
      seen.add(key);
      const entry = tally.get(key) ?? { count: 0, names: new Map(), kinds: new Map() };
      entry.count += 1;
      entry.names.set(source.name, (entry.names.get(source.name) ?? 0) + 1);
      entry.kinds.set(source.kind, (entry.kinds.get(source.kind) ?? 0) + 1);
      tally.set(key, entry);
    }
  }
  const mostCommon = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return [...tally.values()]
    .map((entry) => ({ source: mostCommon(entry.names), kind: mostCommon(entry.kinds), count: entry.count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
    .slice(0, options.limit ?? 10);
}
