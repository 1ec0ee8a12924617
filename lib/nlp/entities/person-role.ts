// The role written around a name and the country it speaks for: "le ministre chinois de la
// Défense, Wei Fenghe" (role before, CN), "Saad Mozher al-Allaq, responsable des services de
// renseignement militaire irakiens" (role after, IQ), "Le chef d'état-major de l'armée syrienne,
// le général Ali Ayoub" (role "général", country from the clause before the comma).

import type { CountryCode, PlaceMention, Span } from "../types.ts";
import { ROLE_HEADS, ROLE_MODIFIERS } from "./role-vocabulary.ts";
import { gapBetween, type Token } from "./tokenize.ts";

export interface RoleFinding {
  role: string | null;
  roleSpan: Span | null;
  country: CountryCode | null;
}

const WINDOW = 12;
// Inside a clause a role can span parentheses ("(SVR)") but not a sentence or a quotation.
const HARD_BOUNDARY = /[.!?;:«»"“”\n]/u;
const ARTICLES = new Set(["le", "la", "l", "les", "the", "son", "sa", "ses", "his", "her", "its", "leur", "a", "an"]);
// a finite verb between a role and a name means they belong to different phrases
const AUXILIARIES = new Set(["ont", "est", "sont", "avait", "etait", "has", "have", "had", "is", "was", "were", "said", "met", "told", "will"]);
const RELATIVE_WORDS = new Set(["qui", "que", "dont", "who", "which", "whose"]);

export function findRole(text: string, tokens: Token[], first: number, last: number, places: PlaceMention[]): RoleFinding {
  const before = scanBack(text, tokens, first);
  const head = nearestHead(tokens, before.indexes);
  if (head !== null) {
    const start = extendWithModifiers(text, tokens, head, places);
    const end = trimTrailing(tokens, first - 1, start);
    const farthest = Math.min(start, ...before.indexes.filter((index) => isRoleHead(tokens, index)));
    let country = nearestCountry(places, tokens[farthest]!.start, tokens[first]!.start);
    if (!country && before.stoppedAtComma !== null && onlyRoleBetween(tokens, before.stoppedAtComma, head)) {
      const previous = scanBack(text, tokens, before.stoppedAtComma);
      const previousHead = nearestHead(tokens, previous.indexes);
      if (previousHead !== null) country = nearestCountry(places, tokens[previousHead]!.start, tokens[before.stoppedAtComma]!.start);
    }
    country ??= roleAfter(text, tokens, last, places)?.country ?? null;
    return { ...spanOf(text, tokens, start, end, true), country };
  }
  return roleAfter(text, tokens, last, places) ?? { role: null, roleSpan: null, country: null };
}

/** the role word right before a single name: "le général Ayoub", "Gen. Bagheri" */
export function titleBefore(text: string, tokens: Token[], first: number): number | null {
  const previous = tokens[first - 1];
  if (!previous) return null;
  const gap = gapBetween(text, previous, tokens[first]!);
  return /^\.?\s{1,2}$/u.test(gap) && isRoleHead(tokens, first - 1) ? first - 1 : null;
}

export function isRoleHead(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  // "parole" is a role only as the second half of "porte-parole"
  if (token.key === "parole") return tokens[index - 1]?.key === "porte";
  return ROLE_HEADS.has(token.key) && !token.allCaps;
}

function scanBack(text: string, tokens: Token[], first: number): { indexes: number[]; stoppedAtComma: number | null } {
  const indexes: number[] = [];
  for (let index = first - 1; index >= 0 && first - index <= WINDOW; index -= 1) {
    const gap = gapBetween(text, tokens[index]!, tokens[index + 1]!);
    const abbreviation = /^\.\s*$/.test(gap) && tokens[index]!.text.length <= 4 && tokens[index]!.capitalised;
    if (HARD_BOUNDARY.test(gap) && !abbreviation) break;
    if (gap.includes(",") && index + 1 !== first) return { indexes, stoppedAtComma: index + 1 };
    if (isVerbOrRelative(tokens, index)) break;
    indexes.push(index);
  }
  return { indexes, stoppedAtComma: null };
}

/** French "a" is the auxiliary ("a déclaré"); English "a" before a role is an article ("a spokesman") */
function isVerbOrRelative(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text === "a") {
    const next = tokens[index + 1];
    return !next || !(isRoleHead(tokens, index + 1) || ROLE_MODIFIERS.has(next.key));
  }
  return AUXILIARIES.has(token.key) || RELATIVE_WORDS.has(token.key);
}

function nearestHead(tokens: Token[], indexes: number[]): number | null {
  return indexes.find((index) => isRoleHead(tokens, index)) ?? null;
}

/** "major général", "Iranian Foreign Minister", "Iran's foreign minister", "porte-parole" */
function extendWithModifiers(text: string, tokens: Token[], head: number, places: PlaceMention[]): number {
  let start = head;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    const gap = gapBetween(text, previous, tokens[start]!);
    // "Maj. Gen.": an abbreviation's dot does not end the role
    if (!/^[\s\-‐‑'’]{1,2}$/u.test(gap) && !(/^\.\s$/.test(gap) && ROLE_MODIFIERS.has(previous.key))) break;
    const demonym = places.some((place) => place.via === "demonym" && place.start <= previous.start && previous.end <= place.end);
    const possessive = previous.key === "s" && /['’]/.test(text.slice(previous.start - 1, previous.start));
    if (ROLE_MODIFIERS.has(previous.key) || (demonym && previous.capitalised)) start -= 1;
    else if (possessive && start >= 2) start -= 2;
    else break;
  }
  return start;
}

function trimTrailing(tokens: Token[], end: number, start: number): number {
  let last = end;
  while (last > start && ARTICLES.has(tokens[last]!.key)) last -= 1;
  return last;
}

function onlyRoleBetween(tokens: Token[], from: number, head: number): boolean {
  for (let index = from; index < head; index += 1) if (!ARTICLES.has(tokens[index]!.key) && !ROLE_MODIFIERS.has(tokens[index]!.key)) return false;
  return true;
}

/** ", responsable des services de renseignement militaire irakiens", ", Iran's foreign minister," */
function roleAfter(text: string, tokens: Token[], last: number, places: PlaceMention[]): RoleFinding | null {
  const next = tokens[last + 1];
  if (!next || !/^\s*,\s*$/.test(gapBetween(text, tokens[last]!, next))) return null;
  let end = last + 1;
  let head: number | null = null;
  while (end < tokens.length && end - last <= WINDOW) {
    if (isVerbOrRelative(tokens, end)) break;
    if (head === null && end - last <= 4 && isRoleHead(tokens, end)) head = end;
    const gap = tokens[end + 1] ? gapBetween(text, tokens[end]!, tokens[end + 1]!) : "";
    if (gap.includes(",") || HARD_BOUNDARY.test(gap)) break;
    end += 1;
  }
  if (head === null) return null;
  end = Math.min(end, tokens.length - 1);
  if (isVerbOrRelative(tokens, end)) end -= 1;
  let start = last + 1;
  while (start < end && ARTICLES.has(tokens[start]!.key)) start += 1;
  const country = firstCountry(places, tokens[start]!.start, tokens[end]!.end);
  return { ...spanOf(text, tokens, start, end), country };
}

function nearestCountry(places: PlaceMention[], from: number, to: number): CountryCode | null {
  let best: PlaceMention | null = null;
  for (const place of places) if (place.start >= from && place.end <= to && place.country && (!best || place.start > best.start)) best = place;
  return best?.country ?? null;
}

function firstCountry(places: PlaceMention[], from: number, to: number): CountryCode | null {
  return places.find((place) => place.start >= from && place.end <= to && place.country)?.country ?? null;
}

function spanOf(text: string, tokens: Token[], start: number, end: number, beforeName = false): { role: string; roleSpan: Span } {
  const span = { start: tokens[start]!.start, end: tokens[end]!.end, text: text.slice(tokens[start]!.start, tokens[end]!.end) };
  // "Gen." right before the name keeps the dot of its abbreviation
  if (beforeName && text[span.end] === "." && tokens[end]!.text.length <= 4) {
    span.end += 1;
    span.text = text.slice(span.start, span.end);
  }
  // a role ending in "(SVR" keeps its closing parenthesis
  if (text[span.end] === ")" && span.text.lastIndexOf("(") > span.text.lastIndexOf(")")) {
    span.end += 1;
    span.text = text.slice(span.start, span.end);
  }
  return { role: span.text, roleSpan: span };
}
