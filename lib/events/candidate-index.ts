// The inverted index that finds candidate groups for a new article: feature (entity id, named
// day, key term) -> the groups whose members carry it. A new article is scored in full only
// against the groups sharing the most (idf-weighted) features with it, never against every group.

import type { DateWindow } from "./types.ts";

export interface CandidateLookup {
  features: string[];
  window: DateWindow | null;
  /** weight of one shared feature: rarer features say more */
  weight: (feature: string) => number;
  limit: number;
}

export class CandidateIndex {
  private readonly groupsByFeature = new Map<string, Set<string>>();

  add(groupId: string, features: string[], _window: DateWindow | null): void {
    for (const feature of features) {
      let ids = this.groupsByFeature.get(feature);
      if (!ids) {
        ids = new Set<string>();
        this.groupsByFeature.set(feature, ids);
      }
      ids.add(groupId);
    }
  }

  /** group ids, most overlapping first, at most `limit` */
  lookup({ features, weight, limit }: CandidateLookup): string[] {
    const overlap = new Map<string, number>();
    for (const feature of features) {
      const ids = this.groupsByFeature.get(feature);
      if (!ids) continue;
      const value = weight(feature);
      for (const id of ids) overlap.set(id, (overlap.get(id) ?? 0) + value);
    }
    return [...overlap].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
  }
}
