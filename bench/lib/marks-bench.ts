// The perturbation benchmark of one split (npm run eval:marks): the sets' articles in a seeded
// order, up to `perType` pairs per type and set, each article's original built once; then the
// WMT14 documents, French original against its English translation unchanged, and against the
// translation with one fact changed (the types a translation keeps: dates, places, figures).

import { alignClaims } from "../../lib/claims/align/align-claims.ts";
import { words } from "../../lib/claims/align/word-diff.ts";
import { splitSentences } from "../../lib/ingest/clean/split-sentences.ts";
import type { CompareArticle } from "../../lib/claims/align/types.ts";
import { readSourceArticles, readWmtPairs, type Split } from "./marks-data.ts";
import { copyRanges, perturb, PERTURBATION_TYPES, seededRandom, type PerturbationType } from "./marks-perturb.ts";
import { buildArticle, IngestNotStable, prepareText, runPair, scorePair, type PairOutcome } from "./marks-run.ts";

export const DEFAULT_SEED = 17;
export const DEFAULT_PER_TYPE = 25;
/** what survives translation unchanged: dates, places, figures (names and quotes are the monolingual types) */
export const WMT_TYPES: PerturbationType[] = ["weekday", "date", "month", "year", "place", "count", "amount", "percentage"];

export interface WmtUnchanged {
  documents: number;
  rows: number;
  /** rows where both the French and the English article have a value */
  paired: number;
  /** rows one outlet only fills */
  single: number;
  /** statement rows pairing a French and an English sentence */
  statementsPaired: number;
  /** French sentences of six words or more (what the comparison lines up as statements): the most that could pair */
  frenchSentences: number;
  conflicts: { docId: string; label: string; explanation: string }[];
  byKind: Map<string, { paired: number; single: number }>;
}

export interface MarksRun {
  split: Split;
  pairs: PairOutcome[];
  wmt: WmtUnchanged;
  /** articles ingest kept nothing of, or whose text ingest changed on a second pass */
  skipped: number;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

export function runMarksBenchmark(options: { directory: string; split: Split; seed?: number; perType?: number; types?: PerturbationType[]; wmtDocuments?: number }): MarksRun {
  const { directory, split } = options;
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const probe = seededRandom(0);
  const perType = options.perType ?? DEFAULT_PER_TYPE;
  const types = options.types ?? PERTURBATION_TYPES;
  const pairs: PairOutcome[] = [];
  const taken = new Map<string, number>();
  let skipped = 0;
  for (const source of shuffled(readSourceArticles(directory, split), random)) {
    // ingest costs more than a look at the raw text: articles with none of the facts still wanted
    // are passed over (their own generator, so the planted values do not depend on the look)
    const wanted = types.filter((type) => (taken.get(`${source.corpus}|${type}`) ?? 0) < perType && perturb(source.text, source.language, type, probe) !== null);
    if (wanted.length === 0) continue;
    const prepared = prepareText(source);
    if (!prepared) {
      skipped++;
      continue;
    }
    let original: CompareArticle | undefined;
    for (const type of wanted) {
      const perturbation = perturb(prepared.text, source.language, type, random);
      if (!perturbation) continue;
      try {
        original ??= buildArticle({ id: source.id, outlet: "Original", title: source.title, text: prepared.text, published: prepared.published }).article;
        pairs.push(runPair(source.corpus, source, prepared, perturbation, original));
      } catch (error) {
        if (!(error instanceof IngestNotStable)) throw error;
        skipped++;
        break;
      }
      taken.set(`${source.corpus}|${type}`, (taken.get(`${source.corpus}|${type}`) ?? 0) + 1);
    }
  }
  const wmt = runWmt(directory, split, random, types, pairs, options.wmtDocuments);
  return { split, pairs, wmt, skipped };
}

function runWmt(directory: string, split: Split, random: () => number, types: PerturbationType[], pairs: PairOutcome[], limit?: number): WmtUnchanged {
  const result: WmtUnchanged = { documents: 0, rows: 0, paired: 0, single: 0, statementsPaired: 0, frenchSentences: 0, conflicts: [], byKind: new Map() };
  const documents = readWmtPairs(directory, split).slice(0, limit ?? Infinity);
  for (const document of documents) {
    const french = prepareText(document.french);
    const english = prepareText(document.english);
    if (!french || !english) continue;
    result.documents++;
    result.frenchSentences += splitSentences(french.text).filter((sentence) => words(sentence.text).length >= 6).length;
    const frenchArticle = buildArticle({ id: document.french.id, outlet: "French", title: document.french.title, text: french.text, published: null }).article;
    const englishArticle = buildArticle({ id: document.english.id, outlet: "English", title: document.english.title, text: english.text, published: null }).article;
    const comparison = alignClaims([frenchArticle, englishArticle]);
    for (const row of comparison.rows) {
      const present = row.cells.filter((cell) => cell.values.length > 0).length;
      const kind = result.byKind.get(row.kind) ?? { paired: 0, single: 0 };
      if (present > 1) kind.paired++;
      else kind.single++;
      result.byKind.set(row.kind, kind);
      result.rows++;
      if (present > 1) result.paired++;
      else result.single++;
      if (row.kind === "statement" && present > 1) result.statementsPaired++;
      if (row.mark === "conflict") result.conflicts.push({ docId: document.id, label: row.label, explanation: row.explanation });
    }
    for (const type of WMT_TYPES.filter((each) => types.includes(each))) {
      const perturbation = perturb(english.text, "en", type, random);
      if (!perturbation) continue;
      const copy = buildArticle({ id: `${document.english.id}#copy`, outlet: "English", title: document.english.title, text: perturbation.text, published: null });
      const planted = alignClaims([frenchArticle, copy.article]);
      pairs.push(scorePair({ corpus: "wmt14-fr-en", sourceId: document.id, perturbation, comparison: planted, ranges: new Map([[copy.article.id, copyRanges(perturbation)]]), copy }));
    }
  }
  return result;
}
