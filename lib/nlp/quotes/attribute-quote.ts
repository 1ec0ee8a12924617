// Who says a quoted passage: a verb of saying right after it ("», a déclaré le ministre",
// "», s'est-il félicité", "," Smith said"), a verb before it in the same clause ("il a déclaré :",
// "a indiqué avoir reçu … pour « … »", "ajoutant :"), or "selon X" earlier in the sentence.

import type { SpeakerRef, Span } from "../types.ts";
import { UNRESOLVED, appositionSpeaker, isPronoun, speakerByPronoun, speakerInPhrase, type SpeakerContext } from "./resolve-speaker.ts";
import { ACCORDING_TO, PHRASE_END, type SpeechVerb } from "./speech-verbs.ts";

export interface Attribution {
  speaker: SpeakerRef;
  verb: Span | null;
}

export interface QuoteSurroundings {
  context: SpeakerContext;
  verbs: SpeechVerb[];
  /** every quoted span, so positions inside quotes are never read as attribution */
  quoted: Array<{ start: number; end: number }>;
  /** the speaker and end of the previous quote, for "Et de poursuivre" and pronoun chains */
  previous: SpeakerRef | null;
  previousEnd: number;
}

/** words between a quote and a verb after it that can be a subject ("Smith", "the minister") */
const MAX_SUBJECT_WORDS = 8;
/** a full stop after "M", "Dr", "Lt" or a single capital abbreviates a title or initial: "a déclaré M. Narychkine." */
const SENTENCE_END = /(?<!(?:^|[\s(])(?:\p{Lu}|Mme|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Pr|Me))[.!?]|[\n«“"]/u;

export function attributeQuote(surroundings: QuoteSurroundings, start: number, end: number): Attribution | null {
  const after = attributeAfter(surroundings, start, end);
  // a quote closed by its own full stop may end its sentence: a verb after it that names nobody
  // ("said: “… set.” Opponents warned.") gives way to the verb before it
  if (after && after.speaker.id === null && /(?<!\.)\.[\s»”"’]*$/u.test(surroundings.context.text.slice(start, end))) {
    return attributeBefore(surroundings, start) ?? attributeBySource(surroundings, start) ?? after;
  }
  return after ?? attributeBefore(surroundings, start) ?? attributeBySource(surroundings, start);
}

function attributeAfter(surroundings: QuoteSurroundings, start: number, end: number): Attribution | null {
  const { text } = surroundings.context;
  const stop = end + (SENTENCE_END.exec(text.slice(end, end + 250))?.index ?? Math.min(250, text.length - end));
  const verb = surroundings.verbs.find((candidate) => candidate.start >= end && candidate.end <= stop);
  if (!verb) return null;
  const between = text.slice(end, verb.start).replace(/^[\s,;–—-]+|[\s,]+$/g, "");
  if (between.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  const verbSpan = spanAt(text, verb.start, verb.end);
  if (verb.continuing) return { speaker: continued(surroundings, start), verb: verbSpan };
  if (verb.pronoun || isPronoun(between)) return { speaker: byPronoun(surroundings, start), verb: verbSpan };
  if (between) {
    const offset = text.indexOf(between, end);
    return { speaker: speakerInPhrase(surroundings.context, offset, offset + between.length) ?? UNRESOLVED, verb: verbSpan };
  }
  // inversion: the speaker follows the verb, up to a clause that is not part of the name
  const after = text.slice(verb.end, stop + 1);
  const phraseEnd = PHRASE_END.exec(after)?.index ?? after.length;
  const speaker = speakerInPhrase(surroundings.context, verb.end, verb.end + phraseEnd);
  if (speaker) return { speaker, verb: verbSpan };
  return { speaker: isPronoun(after.slice(0, phraseEnd)) ? byPronoun(surroundings, start) : UNRESOLVED, verb: verbSpan };
}

export function attributeBefore(surroundings: QuoteSurroundings, start: number): Attribution | null {
  const { text } = surroundings.context;
  const clauseStart = Math.max(sentenceStart(text, start), lastQuoteEnd(surroundings, start));
  const verb = surroundings.verbs.filter((candidate) => candidate.start >= clauseStart && candidate.end <= start).at(-1);
  if (!verb) return null;
  const verbSpan = spanAt(text, verb.start, verb.end);
  if (verb.continuing) return { speaker: continued(surroundings, start), verb: verbSpan };
  if (verb.pronoun) return { speaker: byPronoun(surroundings, start), verb: verbSpan };
  return { speaker: subjectSpeaker(surroundings, clauseStart, verb.start, start), verb: verbSpan };
}

/** the subject before a verb: the part after the last comma first ("Interrogé par …, il a déclaré") */
function subjectSpeaker(surroundings: QuoteSurroundings, from: number, to: number, quoteStart: number): SpeakerRef {
  const { text } = surroundings.context;
  const subject = text.slice(from, to);
  const comma = subject.replace(/[\s,]+$/, "").lastIndexOf(",");
  const described = comma !== -1 && !isPronoun(subject.slice(comma + 1)) ? appositionSpeaker(surroundings.context, from, to) : null;
  if (described) return described;
  if (comma !== -1) {
    const tail = subject.slice(comma + 1);
    if (isPronoun(tail)) return byPronoun(surroundings, quoteStart);
    const speaker = speakerInPhrase(surroundings.context, from + comma + 1, to);
    if (speaker) return speaker;
  }
  if (isPronoun(subject)) return byPronoun(surroundings, quoteStart);
  return speakerInPhrase(surroundings.context, from, to) ?? UNRESOLVED;
}

function attributeBySource(surroundings: QuoteSurroundings, start: number): Attribution | null {
  const { text } = surroundings.context;
  const from = sentenceStart(text, start);
  const sentence = text.slice(from, start);
  const match = [...sentence.matchAll(ACCORDING_TO)].at(-1);
  if (!match) return null;
  const phraseStart = from + match.index + match[0].length;
  const phraseEnd = phraseStart + (/[,;:.]/.exec(text.slice(phraseStart, start))?.index ?? start - phraseStart);
  const speaker = speakerInPhrase(surroundings.context, phraseStart, phraseEnd);
  return speaker ? { speaker, verb: spanAt(text, from + match.index, from + match.index + match[0].trimEnd().length) } : null;
}

function continued(surroundings: QuoteSurroundings, at: number): SpeakerRef {
  return surroundings.previous?.id ? surroundings.previous : byPronoun(surroundings, at);
}

function byPronoun(surroundings: QuoteSurroundings, at: number): SpeakerRef {
  return speakerByPronoun(surroundings.context, at, surroundings.previousEnd, surroundings.previous, surroundings.quoted);
}

function lastQuoteEnd(surroundings: QuoteSurroundings, before: number): number {
  return surroundings.quoted.filter((quote) => quote.end <= before).reduce((latest, quote) => Math.max(latest, quote.end), 0);
}

/** after the last sentence end or line break; "M." and other single capitals are not ends */
export function sentenceStart(text: string, before: number): number {
  const window = text.slice(Math.max(0, before - 400), before);
  let start = 0;
  for (const match of window.matchAll(/(?:[.!?]\s+|\n)/g)) {
    if (match[0].startsWith(".") && /(?:^|[\s(])\p{Lu}$/u.test(window.slice(0, match.index))) continue;
    start = match.index + match[0].length;
  }
  return Math.max(0, before - 400) + start;
}

function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
