// The fallback when Readability finds no article (or a sliver of one): a jusText-style pass
// over every block of the page. Prose blocks out of page furniture are kept; a short block
// is kept when prose sits on both sides of it (a subheading, a one-line paragraph).
import { judgeBlock } from "./clean-html-blocks.ts";
import type { HtmlBlock } from "./collect-text-blocks.ts";
import { isInPageFurniture, readsAsProse, wearsChromeClass } from "./page-block-signals.ts";

type Kind = "good" | "short" | "bad";

export function selectBodyBlocks(pageBlocks: HtmlBlock[]): HtmlBlock[] {
  const kinds: Kind[] = pageBlocks.map((block) => {
    if (block.hidden || isInPageFurniture(block) || wearsChromeClass(block) || judgeBlock(block)) return "bad";
    return readsAsProse(block) ? "good" : "short";
  });
  const nearest = (from: number, step: number): Kind | undefined => {
    for (let index = from + step; index >= 0 && index < kinds.length; index += step) {
      if (kinds[index] !== "short") return kinds[index];
    }
    return undefined;
  };
  return pageBlocks.filter((_, index) => kinds[index] === "good" || (kinds[index] === "short" && nearest(index, -1) === "good" && nearest(index, 1) === "good"));
}
