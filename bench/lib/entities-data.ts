// Gold people and places written by others, as texts with character spans, for
// `npm run eval:entities` (issue 17 item 5). Read in place from ../shared/data, never copied.
//
// ECB+ (English news): the entity mentions of the validated sentences, types HUMAN and LOCATION.
// ECB+ marks every mention, named or not ("the actress", "who", "facility"); a named-entity
// finder is scored on the named ones only: a mention is named when one of its words other than
// the sentence's first starts with a capital letter (a sentence-initial capital says nothing),
// the pronoun "I" ("I'm") aside. ECB+ annotates the entities taking part in its target events,
// not every name in those sentences, so precision there is a lower bound. HUMAN also covers groups and organisations acting as people ("People
// magazine", "the LAPD"): they stay in the gold, so the people figure is read beside a row that
// counts Parallax's organisations as well.
// Europeana (French newspapers 1906–1939, OCR): IOB spans PER and LOC on tokens, rebuilt into a
// text with French spacing (no space before , . ; : ) and after an elided l' d' qu').
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export type EntityType = "PER" | "LOC";
export type Split = "dev" | "test";

export interface GoldEntity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

export interface EntityDocument {
  id: string;
  split: Split;
  language: "en" | "fr";
  text: string;
  gold: GoldEntity[];
  /** character ranges that were annotated (ECB+: the validated sentences); predictions outside are not scored */
  scored: [number, number][];
}

const ZEcbLine = z.object({
  doc_id: z.string(),
  split: z.string(),
  sentences: z.array(z.object({ sent_id: z.number(), text: z.string() })),
  validated_sentence_ids: z.array(z.number()),
  mentions: z.array(z.object({ sent_id: z.number(), token_ids: z.array(z.number()), text: z.string(), type: z.string() })),
});

const ZEuropeanaLine = z.object({
  doc_id: z.string(),
  tokens: z.array(z.string()),
  entities: z.array(z.object({ type: z.string(), token_start: z.number(), token_end: z.number() })),
});

const ECB_TYPES: Record<string, EntityType> = { HUMAN: "PER", LOCATION: "LOC" };
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function entitiesDataDir(repoRoot: string): string | null {
  const directory = path.resolve(repoRoot, "../shared/data");
  return existsSync(path.join(directory, "ecbplus-en-documents.jsonl")) && existsSync(path.join(directory, "europeana-fr-ner.jsonl")) ? directory : null;
}

export function readEcbEntities(directory: string, split: Split): EntityDocument[] {
  return readLines(path.join(directory, "ecbplus-en-documents.jsonl"), ZEcbLine).flatMap((doc) => {
    if (doc.split !== split) return [];
    const text = doc.sentences.map((sentence) => sentence.text).join("\n");
    const starts = new Map<number, number>();
    let offset = 0;
    for (const sentence of doc.sentences) {
      starts.set(sentence.sent_id, offset);
      offset += sentence.text.length + 1;
    }
    const validated = new Set(doc.validated_sentence_ids);
    const sentenceOf = new Map(doc.sentences.map((sentence) => [sentence.sent_id, sentence.text]));
    const gold = doc.mentions.flatMap((mention): GoldEntity[] => {
      const type = ECB_TYPES[mention.type];
      const sentence = sentenceOf.get(mention.sent_id);
      if (!type || !sentence || !validated.has(mention.sent_id) || !isNamed(mention.text, mention.token_ids[0] ?? 0)) return [];
      const at = locate(sentence, mention.text, mention.token_ids[0] ?? 0);
      if (at < 0) return [];
      const start = starts.get(mention.sent_id)! + at;
      return [{ type, start, end: start + mention.text.length, text: mention.text }];
    });
    const scored = doc.sentences.filter((sentence) => validated.has(sentence.sent_id)).map((sentence): [number, number] => [starts.get(sentence.sent_id)!, starts.get(sentence.sent_id)! + sentence.text.length]);
    return [{ id: doc.doc_id, split, language: "en" as const, text, gold: dedupe(gold), scored }];
  });
}

export function readEuropeanaEntities(directory: string, split: Split): EntityDocument[] {
  return readLines(path.join(directory, "europeana-fr-ner.jsonl"), ZEuropeanaLine).flatMap((doc) => {
    if (splitOf(doc.doc_id) !== split) return [];
    const { text, spans } = joinFrenchTokens(doc.tokens);
    const gold = doc.entities.flatMap((entity): GoldEntity[] => {
      if (entity.type !== "PER" && entity.type !== "LOC") return [];
      const start = spans[entity.token_start]![0];
      const end = spans[entity.token_end]![1];
      return [{ type: entity.type, start, end, text: text.slice(start, end) }];
    });
    return [{ id: doc.doc_id, split, language: "fr" as const, text, gold, scored: [[0, text.length]] }];
  });
}

/** Europeana has no split of its own: half by a hash of the segment id */
export function splitOf(id: string): Split {
  return createHash("sha256").update(id).digest()[0]! % 2 === 0 ? "dev" : "test";
}

function joinFrenchTokens(tokens: string[]): { text: string; spans: [number, number][] } {
  let text = "";
  const spans: [number, number][] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const glued = index === 0 || /^[,.;:)\]]$/.test(token) || (previous !== undefined && (/['’]$/.test(previous) || /^[([]$/.test(previous)));
    if (!glued) text += " ";
    spans.push([text.length, text.length + token.length]);
    text += token;
  });
  return { text, spans };
}

function isNamed(mention: string, firstTokenId: number): boolean {
  const words = mention.match(TOKEN) ?? [];
  return words.some((word, index) => /^\p{Lu}/u.test(word) && !/^I(?:['’]\p{L}+)?$/u.test(word) && !(index === 0 && firstTokenId === 0));
}

/** the mention's character offset in its sentence: the occurrence whose token position matches ECB+'s */
function locate(sentence: string, mention: string, tokenId: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = sentence.indexOf(mention); at >= 0; at = sentence.indexOf(mention, at + 1)) {
    const distance = Math.abs((sentence.slice(0, at).match(TOKEN)?.length ?? 0) - tokenId);
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  }
  return best;
}

function dedupe(gold: GoldEntity[]): GoldEntity[] {
  const seen = new Set<string>();
  return gold.filter((entity) => {
    const key = `${entity.type}:${entity.start}:${entity.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 1}: ${parsed.error.message}`);
      return [parsed.data];
    });
}
