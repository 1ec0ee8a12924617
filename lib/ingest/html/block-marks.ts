// Ties the blocks of Readability's article back to the blocks of the page they came from.
// Readability moves nodes, renames tags (div -> p) and, when it retries, re-parses the page from
// its own HTML, so node identity does not survive; attributes do (it copies them on renames and
// serializes them on retries).

const MARK = "data-px-block";

/** Stamps each block element of the page with the index of its first block. */
export function markBlockElements(pageBlocks: { path: Element[] }[]): void {
  pageBlocks.forEach((block, index) => {
    const element = block.path[block.path.length - 1];
    if (element && !element.hasAttribute(MARK)) element.setAttribute(MARK, String(index));
  });
}

/** Page index of the nearest marked element holding an article block, if any. */
export function readBlockMark(block: { path: Element[] }): number | undefined {
  for (let level = block.path.length - 1; level >= 0; level -= 1) {
    const mark = block.path[level]!.getAttribute(MARK);
    if (mark !== null) return Number(mark);
  }
  return undefined;
}
