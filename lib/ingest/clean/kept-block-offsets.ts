import type { Block } from "../types.ts";

/** Kept blocks are joined by a blank line to make the article text (see ingest-article.ts). */
export const BLOCK_SEPARATOR = "\n\n";

/** Where each kept block starts in the article text, by block position. */
export function keptBlockOffsets(blocks: Block[]): Map<number, number> {
  const offsets = new Map<number, number>();
  let offset = 0;
  blocks.forEach((block, position) => {
    if (!block.kept) return;
    offsets.set(position, offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  });
  return offsets;
}
