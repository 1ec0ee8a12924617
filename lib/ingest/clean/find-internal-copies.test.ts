import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanBlocks, segmentBlocks } from "./clean-blocks.ts";
import { findInternalCopies } from "./find-internal-copies.ts";

const SEED = fileURLToPath(new URL("../../../../shared/seeds/002_2e248bc0dc966fa8.txt", import.meta.url));

function pipeline(raw: string) {
  const blocks = cleanBlocks(segmentBlocks(raw), { format: "text" });
  const text = blocks.filter((block) => block.kept).map((block) => block.text).join("\n\n");
  return { blocks, text, copies: findInternalCopies(blocks, text) };
}

describe("findInternalCopies", () => {
  it.skipIf(!existsSync(SEED))("points the truncated last paragraph of seed 002 at the first paragraph", () => {
    const { blocks, text, copies } = pipeline(readFileSync(SEED, "utf8"));
    expect(copies).toHaveLength(1);
    const [copy] = copies;
    expect(copy!.position).toBe(blocks.length - 1);
    expect(text.slice(copy!.sourceStart, copy!.sourceEnd)).toMatch(/^De hauts commandants militaires russes.*adjoints des chefs d'état-major$/);
    expect(copy!.similarity).toBe(1);
  });

  // written fixture
  it("finds a word-for-word repeat, and none in a text without one", () => {
    const paragraph = "Le ministère de la Défense a indiqué avoir reçu des délégations venues de trois pays voisins.";
    const { copies, text } = pipeline(`${paragraph}\n\nUn autre paragraphe, différent, suit ici avec ses propres mots.\n\n${paragraph}`);
    expect(copies).toEqual([{ position: 2, sourceStart: 0, sourceEnd: paragraph.length, similarity: 1 }]);
    expect(text).toBe(`${paragraph}\n\nUn autre paragraphe, différent, suit ici avec ses propres mots.`);
    expect(pipeline("Une phrase assez longue pour compter comme un paragraphe.\n\nUne autre phrase assez longue, et différente.").copies).toEqual([]);
  });
});
