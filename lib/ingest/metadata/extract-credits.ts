// Photo and video credits from the captions the cleaner removed: "(AFP photo)" -> AFP,
// "./Sputnik" -> Sputnik, "©Tasnim/archives" -> Tasnim. They say who took a picture, not who
// told the story, so they are kept apart from cited sources.

import { findPhotoCredit } from "../clean/find-photo-credit.ts";
import { matchOutlet, type OutletGazetteer } from "../outlets/gazetteer.ts";
import type { Block, Credit } from "../types.ts";

export function extractCredits(blocks: Block[], gazetteer: OutletGazetteer): Credit[] {
  const credits: Credit[] = [];
  blocks.forEach((block, position) => {
    if (block.kept || (block.reason !== "caption" && block.reason !== "credit")) return;
    const credit = findPhotoCredit(block.text);
    if (!credit) return;
    const name = matchOutlet(gazetteer, credit.name)?.name ?? credit.name;
    credits.push({ name, quote: credit.quote, position });
  });
  return credits;
}
