// Quotes and who says them, French and English: direct quotes between « », “ ” or " " and
// reported speech ("a indiqué que …"). Short quoted words with no verb of saying around them are
// scare quotes or titles ("l'occupation", "sécurité régionale"), not quotes, and are left out.

import type { OrganisationMention, PersonMention, QuoteMention, SpeakerRef } from "../types.ts";
import type { AnalyseOptions } from "../types.ts";
import { attributeQuote, type QuoteSurroundings } from "./attribute-quote.ts";
import { findReportedSpeech } from "./find-reported-speech.ts";
import { findQuotedSpans } from "./quoted-spans.ts";
import { UNRESOLVED } from "./resolve-speaker.ts";
import { speechVerbs } from "./speech-verbs.ts";

/** a quoted passage this long is somebody's words even when nothing says whose */
const MIN_UNATTRIBUTED_WORDS = 8;

export function findQuotes(options: AnalyseOptions, people: PersonMention[], organisations: OrganisationMention[]): QuoteMention[] {
  const { text } = options;
  const quoted = findQuotedSpans(text);
  const surroundings: QuoteSurroundings = {
    context: { text, people, organisations },
    verbs: speechVerbs(text).filter((verb) => !quoted.some((quote) => verb.start >= quote.start && verb.end <= quote.end)),
    quoted,
    previous: null,
    previousEnd: 0,
  };
  const direct: QuoteMention[] = [];
  for (const span of quoted) {
    const words = text.slice(span.innerStart, span.innerEnd);
    const attribution = attributeQuote(surroundings, span.start, span.end);
    if (!attribution && words.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS) continue;
    const speaker: SpeakerRef = attribution?.speaker ?? UNRESOLVED;
    direct.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      quote: words,
      direct: true,
      speaker,
      verb: attribution?.verb ?? null,
    });
    surroundings.previous = speaker;
    surroundings.previousEnd = span.end;
  }
  return [...direct, ...findReportedSpeech(surroundings, direct)].sort((a, b) => a.start - b.start);
}
