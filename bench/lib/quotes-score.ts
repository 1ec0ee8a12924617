// Scores the speakers Parallax gives PolNeAR's direct quotes (npm run eval:quotes). Each article
// is ingested as a pasted one and analysed (the same lib/nlp quotes buildClaims turns into the
// compare page's quote slots: article-slots.ts keeps those with a resolved speaker). A gold quote
// is found when a Parallax quote overlaps its words in the ingested text (the largest overlap).
// The match, kept simple:
// - the gold name is the first run of capitalised words of the source span, titles ("Rep.",
//   "President", "The") dropped: "Rep. Maria Lopez, a Democrat…" → Maria Lopez; a run that only
//   qualifies a common noun ("the WKRC host", "the respected Ohio daily") is no name;
// - a pronoun ("he", "she") or a description ("the report") is not scored: PolNeAR gives no
//   coreference, so right or wrong cannot be told; those quotes are counted apart;
// - right: Parallax's speaker and the gold name share their last word (the surname, or the head of
//   an organisation's name: "The Post" and "The Washington Post").

import { foldText } from "../../lib/ingest/clean/fold-text.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import { loadGazetteer, type OutletGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { analyseArticle } from "../../lib/nlp/analyse-article.ts";
import type { QuoteMention } from "../../lib/nlp/types.ts";
import type { DirectQuote, PolnearArticle } from "./quotes-data.ts";

/** "unscored": attributed, but the gold source is a pronoun or a description, so right or wrong cannot be told */
export type QuoteOutcomeKind = "right" | "wrong" | "unresolved" | "not-found" | "unscored";

export interface QuoteOutcome {
  quote: DirectQuote;
  /** the gold speaker's name, or null for a pronoun or a description */
  goldName: string | null;
  goldKind: "named" | "pronoun" | "description";
  outcome: QuoteOutcomeKind;
  /** the speaker Parallax gives ("unresolved" when none) */
  speaker: string | null;
  /** the gold quote's words are not in the ingested text (ingest removed or rewrote them) */
  notInText: boolean;
  /**
   * A wrong speaker taken from the gold source's own description ("Karen Wills, president of
   * Fair Rules" → Fair Rules) or from elsewhere in the article: two different fixes.
   */
  wrongFrom?: "source-description" | "elsewhere";
}

const PRONOUNS = new Set(["he", "she", "they", "i", "we", "you", "it", "him", "her", "them"]);
const TITLES = new Set(
  "the a an mr mrs ms dr rep sen gov gen lt col sgt adm maj capt president vice senator representative governor secretary speaker chairman chairwoman chair judge justice attorney general candidate former presidential democratic republican gop house minority majority leader sir lord prime minister deputy ambassador director spokesman spokeswoman press u.s us".split(" "),
);
/** words that may follow a name without making it a modifier: "Chris Low at FTN Financial", "Alden, author of" */
const AFTER_NAME = new Set("of at in from for and who with on to , ( said says told".split(" "));

export function goldSpeaker(source: string): { kind: QuoteOutcome["goldKind"]; name: string | null } {
  const tokens = source.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,(]/gu) ?? [];
  if (tokens.length === 1 && PRONOUNS.has(tokens[0]!.toLowerCase())) return { kind: "pronoun", name: null };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!/^\p{Lu}/u.test(token) || TITLES.has(token.toLowerCase().replace(/\.$/, ""))) continue;
    const run: string[] = [];
    let next = index;
    while (next < tokens.length && /^\p{Lu}/u.test(tokens[next]!)) run.push(tokens[next++]!);
    const following = tokens[next]?.toLowerCase();
    // "the WKRC host", "the Ohio daily": a capitalised word qualifying a common noun is not who speaks
    if (following !== undefined && !AFTER_NAME.has(following) && /^\p{Ll}/u.test(tokens[next]!)) {
      index = next;
      continue;
    }
    // "Joseph R. Biden Jr.": the surname is the word before the suffix
    while (run.length > 1 && /^(?:Jr|Sr|II|III)\.?$/.test(run.at(-1)!)) run.pop();
    return { kind: "named", name: run.join(" ").replace(/['’]s$/, "") };
  }
  return { kind: "description", name: null };
}

function lastWord(name: string): string {
  return foldText(name).split(/[\s-]+/).filter(Boolean).at(-1) ?? "";
}

export function sameSpeaker(goldName: string, speaker: string): boolean {
  const goldWords = new Set(foldText(goldName).split(/[\s-]+/));
  const speakerWords = new Set(foldText(speaker).split(/[\s-]+/));
  return speakerWords.has(lastWord(goldName)) || goldWords.has(lastWord(speaker));
}

/** where a wrong speaker came from: its last word stands in the gold source span (the description), or not */
export function wrongFrom(source: string, speaker: string): NonNullable<QuoteOutcome["wrongFrom"]> {
  return new Set(foldText(source).split(/[^\p{L}\p{N}]+/u)).has(lastWord(speaker)) ? "source-description" : "elsewhere";
}

let gazetteer: OutletGazetteer | null = null;

/** where the gold words stand in the ingested text: exactly, else by their first 40 characters */
function locate(text: string, content: string): [number, number] | null {
  const exact = text.indexOf(content);
  if (exact >= 0) return [exact, exact + content.length];
  const head = content.slice(0, 40);
  const start = head.length >= 20 ? text.indexOf(head) : -1;
  return start >= 0 ? [start, start + content.length] : null;
}

function bestQuote(quotes: QuoteMention[], [start, end]: [number, number]): QuoteMention | null {
  let best: { quote: QuoteMention; overlap: number } | null = null;
  for (const quote of quotes) {
    const overlap = Math.min(end, quote.end) - Math.max(start, quote.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { quote, overlap };
  }
  return best?.quote ?? null;
}

export function scoreArticleQuotes(article: PolnearArticle): QuoteOutcome[] {
  gazetteer ??= loadGazetteer();
  const ingested = ingestArticle({ input: { sourceKind: "paste", label: article.id, text: article.text, format: "text", ...(article.title ? { titleHint: article.title } : {}), ...(article.published ? { publishedHint: article.published } : {}) }, gazetteer });
  const language = ingested.metadata.language.value;
  const analysis = analyseArticle({ text: ingested.text, language, published: article.published });
  return article.quotes.map((quote) => {
    const gold = goldSpeaker(quote.source);
    const where = locate(ingested.text, quote.content);
    const found = where ? bestQuote(analysis.quotes, where) : null;
    const speaker = found && found.speaker.id !== null ? found.speaker.name : null;
    const outcome: QuoteOutcomeKind = !found ? "not-found" : speaker === null ? "unresolved" : !gold.name ? "unscored" : sameSpeaker(gold.name, speaker) ? "right" : "wrong";
    return { quote, goldName: gold.name, goldKind: gold.kind, outcome, speaker, notInText: !where, ...(outcome === "wrong" ? { wrongFrom: wrongFrom(quote.source, speaker!) } : {}) };
  });
}

export interface QuoteScores {
  named: number;
  right: number;
  wrong: number;
  unresolved: number;
  notFound: number;
  /** wrong speakers taken from the gold source's own description */
  wrongFromDescription: number;
  /** right / attributed (right + wrong) */
  precision: number;
  /** right / every direct quote with a named gold source */
  recall: number;
  /** quotes whose gold source is a pronoun or a description: how many Parallax attributed anyway */
  unnamed: number;
  unnamedAttributed: number;
}

export function quoteScores(outcomes: QuoteOutcome[]): QuoteScores {
  const named = outcomes.filter((outcome) => outcome.goldKind === "named");
  const count = (kind: QuoteOutcomeKind) => named.filter((outcome) => outcome.outcome === kind).length;
  const [right, wrong] = [count("right"), count("wrong")];
  const unnamed = outcomes.filter((outcome) => outcome.goldKind !== "named");
  return {
    named: named.length,
    right,
    wrong,
    unresolved: count("unresolved"),
    notFound: count("not-found"),
    wrongFromDescription: named.filter((outcome) => outcome.wrongFrom === "source-description").length,
    precision: right + wrong ? right / (right + wrong) : 0,
    recall: named.length ? right / named.length : 0,
    unnamed: unnamed.length,
    unnamedAttributed: unnamed.filter((outcome) => outcome.speaker !== null).length,
  };
}
