// Reported speech: "X a indiqué que …", "a souligné que …", "said that …". The quote is what
// follows "que"/"that" to the end of the sentence; the speaker is the subject before the verb.

import { splitSentences } from "../../ingest/clean/split-sentences.ts";
import type { QuoteMention } from "../types.ts";
import { attributeBefore, type QuoteSurroundings } from "./attribute-quote.ts";

/** "que" may come after a complement: "a indiqué samedi à l'IRNA que", "told reporters that" */
const THAT = /^[^.;:!?«»“”"\n]{0,120}?\s(?:que\s|qu['’]|that\s)/iu;

export function findReportedSpeech(surroundings: QuoteSurroundings, direct: QuoteMention[]): QuoteMention[] {
  const { text } = surroundings.context;
  const reported: QuoteMention[] = [];
  for (const sentence of splitSentences(text)) {
    if (direct.some((quote) => quote.start < sentence.end && sentence.start < quote.end)) continue;
    for (const verb of surroundings.verbs) {
      if (verb.start < sentence.start || verb.end > sentence.end || verb.continuing) continue;
      const that = THAT.exec(text.slice(verb.end, sentence.end));
      if (!that) continue;
      const start = verb.end + that[0].length;
      const end = sentence.start + sentence.text.replace(/[\s.!?…]+$/, "").length;
      if (end - start < 12) continue;
      const previous = [...direct, ...reported].filter((quote) => quote.end <= verb.start).at(-1);
      const attribution = attributeBefore(
        { ...surroundings, previous: previous?.speaker ?? null, previousEnd: previous?.end ?? 0 },
        verb.end,
      );
      if (!attribution) continue;
      reported.push({
        start,
        end,
        text: text.slice(start, end),
        quote: text.slice(start, end),
        direct: false,
        speaker: attribution.speaker,
        verb: attribution.verb,
      });
      break;
    }
  }
  return reported;
}
