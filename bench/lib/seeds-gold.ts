// The hand-made gold for the five seed articles (../shared/eval/seeds-gold.json) and the rules
// that decide when an extracted value matches it. Gold values are normalised for case, accents
// and white space, as the gold file's "about" line says. Where the gold is a description rather
// than a value (boilerplate, cited sources), the rules below say how it is read.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const ZSeedGold = z.object({
  file: z.string(),
  language: z.string().nullable(),
  headline: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  dateline: z.string().nullable(),
  boilerplate_to_remove: z.array(z.string()),
  cited_sources: z.array(z.string()),
  credits_not_sources: z.array(z.string()).optional(),
  repeated_passages: z.array(z.object({ first: z.string(), repeat: z.string() })),
});
const ZSeedsGold = z.object({ about: z.string(), articles: z.array(ZSeedGold) });

export type SeedGold = z.infer<typeof ZSeedGold>;

export interface Seed {
  gold: SeedGold;
  text: string;
}

/** Reads the gold and the seed texts from ../shared next to the repository, or says what is missing. */
export function loadSeeds(repositoryRoot: string): Seed[] {
  const shared = path.resolve(repositoryRoot, "..", "shared");
  const goldFile = path.join(shared, "eval", "seeds-gold.json");
  if (!existsSync(goldFile)) {
    throw new Error(`Seed gold not found at ${goldFile}: this evaluation needs the shared folder next to the repository (../shared).`);
  }
  const gold = ZSeedsGold.parse(JSON.parse(readFileSync(goldFile, "utf8")));
  return gold.articles.map((article) => {
    const file = path.join(shared, "seeds", article.file);
    if (!existsSync(file)) throw new Error(`Seed ${file} is listed in the gold but missing.`);
    return { gold: article, text: readFileSync(file, "utf8") };
  });
}

/** case, accents, typographic quotes, white space and invisible characters (soft hyphens) do not count */
export function fold(text: string): string {
  return text
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A gold boilerplate entry is read as: a quoted excerpt after a lower-case description
 * ("caption 'Les soldats … /Sputnik'"), whose parts around "..." must all sit in one removed
 * block; or a position ("the last paragraph …", "source (last line)"); or the literal line.
 */
export interface BoilerplateRule {
  pieces: string[];
  last: boolean;
}

export function readBoilerplateRule(entry: string): BoilerplateRule {
  const last = /\blast (?:paragraph|line)\b/.test(entry);
  const quoted = /^[A-Za-z ]+ '(.+)'$/.exec(entry)?.[1];
  const literal = entry.replace(/\s*\((?:last|first) (?:line|paragraph)\)\s*$/, "");
  const excerpt = quoted ?? (/^the (?:last|first) paragraph\b/.test(entry) ? "" : literal);
  const pieces = excerpt
    .split(/\s*(?:\.{3}|…)\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  return { pieces, last };
}

/**
 * Gold sources are English glosses ("Iraqi Ministry of Defence", "Hicham al-Hachemi (Iraqi
 * expert)"); the text is French. A source matches when, after folding and dropping the gold's
 * parenthesised description: the names are equal or one contains the other; or the gold names a
 * person and its last word (the surname) is a word of the extracted name; or every content word
 * of the gold, mapped through the small EN->FR glossary below, begins a word of the extracted name.
 */
const GLOSSARY: Record<string, string> = {
  ministry: "minist", defence: "defen", defense: "defen", foreign: "etrang", affairs: "affaire", interior: "interieur",
  iraqi: "irak", iranian: "iran", syrian: "syri", russian: "russ", chinese: "chin", army: "arme", government: "gouvern",
  presidency: "presiden", spokesman: "porte-parole", embassy: "ambassade", agency: "agence",
};
const GLOSS_STOPWORDS = new Set(["of", "the", "for", "and"]);

export function sourceMatches(gold: string, extracted: string): boolean {
  const core = fold(gold.replace(/\s*\(.*\)\s*$/, ""));
  const name = fold(extracted);
  if (!core || !name) return false;
  if (core === name || containsWords(name, core) || containsWords(core, name)) return true;
  const nameWords = name.split(/[\s-]+/);
  const coreWords = core.split(/[\s-]+/);
  if (coreWords.length >= 2 && /\(.*(?:expert|spokes|official|minister|analyst)/i.test(gold) && nameWords.includes(coreWords.at(-1)!)) return true;
  const content = coreWords.filter((word) => !GLOSS_STOPWORDS.has(word));
  return content.length > 1 && content.every((word) => nameWords.some((candidate) => candidate.startsWith(GLOSSARY[word] ?? word)));
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** "paragraph 1 ('De hauts commandants militaires russes...')" -> "De hauts commandants militaires russes" */
export function quotedStart(description: string): string | null {
  const quoted = /'(.+?)(?:\.{3}|…)?'/.exec(description)?.[1];
  return quoted ? quoted.trim() : null;
}

/** "AFP (photo credit of an unrelated caption)" -> "AFP" */
export function creditName(entry: string): string {
  return entry.replace(/\s*\(.*\)\s*$/, "").trim();
}
