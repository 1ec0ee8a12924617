// Which title line of a page header is the article's headline. A page pasted whole from a browser
// puts menus, section names, the site's name and notices above the title, and bylines, dates and
// share buttons between the title and the body; all of them can look like a title. What sets the
// headline apart is that it announces the story: its words come back in the first paragraphs.
// So the title line sharing the most of its words with the lead wins (the one nearest the body on
// a tie: a breadcrumb repeating the title sits above the title itself); with no such line, the
// first title of three words or more, else the first of two: the rule for a header that holds no
// page furniture (a title and its standfirst, as a clean article or a feed gives them).

import { foldText } from "./fold-text.ts";

/** the lead: the first paragraphs of prose, where a headline's words come back */
const LEAD_PARAGRAPHS = 5;
/** a content word: four letters or more, or a number of two digits or more ("2020", "737") */
const CONTENT_WORD = /^(?:\p{L}{4,}|\p{N}{2,})$/u;
/** share of a title's content words found in the lead for it to count as announcing the story */
const MIN_SHARED_SHARE = 0.3;
const MIN_SHARED_WORDS = 2;

export interface HeadlineCandidate {
  position: number;
  text: string;
  words: number;
}

export interface ChooseHeadlineOptions {
  /** title-like lines of the header, in page order */
  candidates: HeadlineCandidate[];
  /** the paragraphs of prose of the body, in order */
  body: string[];
  /** a title needs this many words when a longer one is available (see clean-blocks.ts) */
  preferredWords: number;
  /** the header holds page furniture (removed lines, or more than two title lines): a pasted page */
  pageChrome: boolean;
}

export function chooseHeadline({ candidates, body, preferredWords, pageChrome }: ChooseHeadlineOptions): number | undefined {
  const first = (candidates.find((candidate) => candidate.words >= preferredWords) ?? candidates[0])?.position;
  // a header of a few titles and nothing else is an article's own title and standfirst
  if (!pageChrome) return first;
  const lead = new Set(body.slice(0, LEAD_PARAGRAPHS).flatMap(contentWords));
  let best: { index: number; score: number } | undefined;
  const announces = new Set<number>();
  candidates.forEach((candidate, index) => {
    const words = [...new Set(contentWords(candidate.text))];
    if (!words.length) return;
    const shared = words.filter((word) => lead.has(word)).length;
    const share = shared / words.length;
    if (shared < MIN_SHARED_WORDS || share < MIN_SHARED_SHARE) return;
    announces.add(index);
    // many words of the title back in the lead, and few that are not: a menu item shares one or two
    const score = shared * share;
    if (!best || score >= best.score) best = { index, score };
  });
  if (best) {
    // a title right above its standfirst: the standfirst retells the lead and wins on words, but
    // the shorter line above it, announcing the same story, is the title
    const chosen = candidates[best.index]!;
    const above = candidates[best.index - 1];
    if (above && above.position === chosen.position - 1 && announces.has(best.index - 1) && above.words < chosen.words) return above.position;
    return chosen.position;
  }
  return first;
}

function contentWords(text: string): string[] {
  // split at apostrophes and hyphens: "Parise's" in the lead is "Parise" in the title
  return (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => CONTENT_WORD.test(word));
}
