// A short line of page furniture that dates the article: a publication line ("Publié le
// 15/03/2023"), a date on its own ("22 October 2017"), an update line ("Mis à jour le …"), or a
// byline that carries the date ("By Jane Smith | 28 April, 2017", "par Florence Martin, le 15
// septembre 2009", "Posted on Wednesday, October 16, 2019 by Jane Smith"). A sentence that holds a
// date ("Le 18 octobre 2017, la Chine a lancé…") is none of these: around the date there may only
// be a byline cue, a few name words, separators, a weekday or a time. chrono-node reads the date
// (parse-date-text.ts); whether the line around it is furniture or prose is what these rules decide,
// which no date library does.

import { matchMetadataLine } from "./match-metadata-line.ts";
import { parseDateText, type DateInText } from "./parse-date-text.ts";

export type DateLineKind = "publication" | "date" | "byline" | "update";

export interface DateLine {
  kind: DateLineKind;
  date: DateInText;
}

const MAX_LINE_CHARS = 160;
/** JavaScript's \b ignores accented letters, hence these boundaries */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const CUE_WORDS =
  "by|par|posted|published|written|author|auteur|autrice|publié|publiée|mis en ligne|écrit|rédigé|von|blog entry|first published|date|daté|datum|fecha|veröffentlicht|publicado";
const BYLINE_CUE = new RegExp(`${START}(?:${CUE_WORDS})${END}`, "giu");
/**
 * The cue opens the line or one of its segments ("Accueil | Par Loïc Martin | 30 septembre 2018",
 * "La rédaction, mis en ligne le 12 mars 2020"); "by" inside a sentence ("imposed by mandate") is
 * no byline.
 */
const CUE_OPENS_SEGMENT = new RegExp(`(?:^|[|·•/–—,]\\s*|\\s-\\s*)(?:${CUE_WORDS})${END}`, "iu");
const UPDATE_CUE = new RegExp(
  `${START}(?:updated?|last (?:updated|edited|modified)|edited|revised|revision|mis à jour|mise à jour|modifié|modifiée|actualisé|aktualisiert)${END}`,
  "iu",
);
/** "Florence Martin, le 15 septembre 2009": a French byline names the author, then "le" and the date */
const NAME_THEN_LE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*,\s*le\s*$/u;
const FILLERS = new RegExp(
  `${START}(?:le|on|at|à|um|the|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|gmt|utc|cet|cest|est|edt|pst|et|h|uhr|am|pm|a\\.m\\.|p\\.m\\.)${END}`,
  "giu",
);
const TIMES = /\d{1,2}[:h]\d{2}(?::\d{2})?/giu;
/** strong publication cues, which may follow an outlet's or author's name within the line */
const PUBLICATION_CUE = new RegExp(`${START}(?:publié|publiée|published|posted|mis en ligne)${END}`, "giu");
/**
 * "July 24, 2019 by Amy Motroni 5 Comments", "February 4, 2020 • words written by Kanae Nakamine":
 * blogs print the date first and the author after it. The cue must be followed by a capitalised
 * name ("by the council" is prose; hence no i flag, under which \p{Lu} matches any letter), and
 * only a credit's own words may stand before it.
 */
const DATE_THEN_BYLINE = /^\s*(?:[|·•,;/\-–—]\s*)?(?:(?:[Ww]ords|[Tt]exte?|[Ss]tory|[Ww]ritten|[Pp]osted|[Pp]hotos?)\s+){0,2}(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or)\s+\p{Lu}/u;
/** what may follow the date in a line of segments: nothing, or a separator and more segments */
const SEGMENT_TAIL = /^\s*(?:$|[|·•,;/(\-–—])/u;
/** "Lecture 1 min.", "3 min read": a reading time printed after the date */
const READING_TIME_TAIL = /^\s*(?:(?:temps de )?lecture\s*:?\s*\d{1,3}\s*min\.?|\d{1,3}\s*min(?:ute)?s?\.?\s*(?:read|de lecture))\s*$/iu;
/** a date opening the line may be followed by a time, an update note or a reading time, not by a title */
const MAX_TAIL_WORDS = 4;
/** the outlet or author before a publication cue: "Le Monde avec AFP" */
const MAX_PREFIX_WORDS = 6;
/** a byline or date line is short: longer lines are prose, and chrono need not read them */
const MAX_LINE_WORDS = 24;
/** words left around the date once cues, fillers and times are gone: a byline's names, a section, "1 comment" */
const MAX_LEFTOVER_WORDS = 9;

/** a segment separator of a byline: "By Ela | 18 Comments" */
const SEGMENT_BREAK = /\s+[|·•]\s+/u;
/** a run-on line is cut at a separator only this short: longer is a paragraph, not furniture */
const MAX_RUN_ON_CHARS = 400;

/**
 * The whole line, else its segments up to the first separator after the date: a byline often runs
 * on into a disclosure or a sentence on the same line ("By Ela on 31. October, 2023 | 18
 * Comments. This post may contain affiliate links…").
 */
export function matchDateLine(line: string): DateLine | null {
  const whole = matchWholeLine(line);
  if (whole || line.length > MAX_RUN_ON_CHARS || !SEGMENT_BREAK.test(line)) return whole;
  const text = line.trim();
  const segments = text.split(SEGMENT_BREAK);
  for (let count = 1; count < segments.length; count += 1) {
    const prefix = segments.slice(0, count).join(" | ");
    if (!/\d/.test(prefix)) continue;
    // the date must be in the prefix; the part left out is what made the line fail
    return matchWholeLine(prefix);
  }
  return null;
}

/** "(@handle)" and "12 minutes ago" beside an author's name in a social or wire byline */
const HANDLES_AND_AGO = /\(@[\w.]{1,40}\)|\b\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/giu;
const MAX_NAME_LINE_CHARS = 100;
const MAX_NAME_WORDS = 4;

/**
 * "Janet Holm 9:46 am Sat Dec 12, 2020": an author's name and the date with no cue. Only a caller
 * that knows the line sits right above the body may take it as a byline; anywhere else a
 * capitalised phrase before a date is as likely a headline or a section. Names come before the
 * date and every word of them is capitalised ("Results of the vote" is not a name).
 */
export function matchNameDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text.length > MAX_NAME_LINE_CHARS) return null;
  const date = parseDateText(text);
  if (!date || date.precision === "month") return null;
  const strip = (part: string) => part.replace(HANDLES_AND_AGO, " ").replace(TIMES, " ").replace(FILLERS, " ");
  const before = strip(text.slice(0, date.start)).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const after = strip(text.slice(date.end)).replace(/[\s,|/:()\-–—.·•\d]+/gu, "");
  if (after || before.length === 0 || before.length > MAX_NAME_WORDS) return null;
  return before.every((word) => /^\p{Lu}/u.test(word)) ? { kind: "byline", date } : null;
}

function matchWholeLine(line: string): DateLine | null {
  const text = line.trim();
  if (!text || text.length > MAX_LINE_CHARS || !/\d/.test(text) || (text.match(/\s+/g)?.length ?? 0) >= MAX_LINE_WORDS) return null;
  const date = parseDateText(text);
  if (!date) return null;
  const before = text.slice(0, date.start);
  const known = matchMetadataLine(text)?.kind;
  if (known === "publication" || known === "update" || known === "date") return { kind: known, date };
  if (UPDATE_CUE.test(before)) return isFurniture(text, date) ? { kind: "update", date } : null;
  const segmentTail = isSegmentTail(text.slice(date.end));
  // "March 12, 2024 / 10:42 AM / Updated 2 hours ago": the date opens a line of short segments
  if (onlyFillers(before) && segmentTail && isFurniture(text, date, MAX_TAIL_WORDS)) return { kind: "date", date };
  if (onlyFillers(before) && DATE_THEN_BYLINE.test(text.slice(date.end))) return isFurniture(text, date) ? { kind: "byline", date } : null;
  // "Le Monde avec AFP Publié le 12 mars 2020 à 10h05 - Mis à jour …": a publication cue after the outlet's name
  const cue = [...before.matchAll(PUBLICATION_CUE)].at(-1);
  if (cue && onlyFillers(before.slice(cue.index + cue[0].length)) && countWords(before.slice(0, cue.index)) <= MAX_PREFIX_WORDS && segmentTail) {
    return isFurniture(text, date) ? { kind: cue.index === 0 ? "publication" : "byline", date } : null;
  }
  if (!CUE_OPENS_SEGMENT.test(text) && !NAME_THEN_LE.test(before.trim())) return null;
  return isFurniture(text, date) ? { kind: "byline", date } : null;
}

/** after the date: nothing, a separator and more segments, a reading time, or a second date (the update's) */
function isSegmentTail(after: string): boolean {
  if (SEGMENT_TAIL.test(after) || READING_TIME_TAIL.test(after)) return true;
  const second = parseDateText(after);
  return second !== null && onlyFillers(after.slice(0, second.start)) && isSegmentTail(after.slice(second.end));
}

function onlyFillers(text: string): boolean {
  return text.replace(TIMES, " ").replace(FILLERS, " ").replace(/[\s,|/:()\-–—.·•\d]+/gu, "") === "";
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function isFurniture(text: string, date: DateInText, maxWords = MAX_LEFTOVER_WORDS): boolean {
  const around = `${text.slice(0, date.start)} ${text.slice(date.end).replace(READING_TIME_TAIL, "")}`;
  // a full stop after a word ends a sentence: bylines do not have one
  if (/\p{Ll}{2}\.(?:\s+\p{Lu}|\s*$)/u.test(around)) return false;
  const leftover = around.replace(TIMES, " ").replace(FILLERS, " ").replace(BYLINE_CUE, " ").replace(UPDATE_CUE, " ");
  return countWords(leftover) <= maxWords;
}
