// How a headline is compared with the gold: exact after folding (case, accents, typographic
// quotes and dashes, punctuation, spaces), and a lenient word F1.
import { foldText } from "../../lib/ingest/clean/fold-text.ts";

export function headlineKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokenF1(predicted: string, gold: string): number {
  const predictedTokens = headlineKey(predicted).split(" ").filter(Boolean);
  const goldTokens = headlineKey(gold).split(" ").filter(Boolean);
  if (!predictedTokens.length || !goldTokens.length) return 0;
  const counts = new Map<string, number>();
  for (const token of goldTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(token, left - 1);
    }
  }
  if (!common) return 0;
  const precision = common / predictedTokens.length;
  const recall = common / goldTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface HeadlineVerdict {
  exact: boolean;
  lenient: boolean;
  f1: number;
}

export const LENIENT_F1 = 0.8;

export function scoreHeadline(predicted: string | null, accepted: string[]): HeadlineVerdict {
  if (!predicted) return { exact: false, lenient: false, f1: 0 };
  const key = headlineKey(predicted);
  const exact = accepted.some((gold) => headlineKey(gold) === key);
  const f1 = Math.max(...accepted.map((gold) => tokenF1(predicted, gold)));
  return { exact, lenient: exact || f1 >= LENIENT_F1, f1 };
}
