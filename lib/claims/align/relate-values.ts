// How two outlets' values for one claim slot stand to each other: agree, partial (one contains
// the other, or within the stated tolerance) or conflict, with the reason in words. Everything
// here compares canonical values, never surface words, so "jeudi" meets "Thursday".

import { WEEKDAYS } from "../canonical-values.ts";
import type { CellValue, RowKind } from "./types.ts";

export type Relation = "agree" | "partial" | "conflict";

export interface Related {
  relation: Relation;
  reason: string;
}

/**
 * A hedged figure ("about 2,000", "nearly 2,000") agrees with any figure within this share of it;
 * beyond, it conflicts. 10% is the usual reading of "about" in casualty and crowd figures
 * (2,000 vs 2,100 partial; 2,000 vs 2,500 conflict).
 */
export const NUMBER_TOLERANCE = 0.1;

export function relateValues(kind: RowKind, a: CellValue[], b: CellValue[]): Related {
  switch (kind) {
    case "place":
      return relatePlaces(a[0]!, b[0]!);
    case "date":
      return relateDates(a[0]!, b[0]!);
    case "number":
      return relateNumbers(a, b);
    case "leadership":
      return relateLeadership(a, b);
    case "host":
      return relateIds(a[0]!, b[0]!);
    case "countries":
    case "person":
    case "cited-source":
    case "quote":
    case "statement":
      return relateSets(a, b);
  }
}

function relateIds(a: CellValue, b: CellValue): Related {
  return a.canonical === b.canonical ? { relation: "agree", reason: `both: ${a.label}` } : { relation: "conflict", reason: `${a.label} ≠ ${b.label}` };
}

/** a city and its country are one claim at two precisions; two cities, or two countries, are two */
function relatePlaces(a: CellValue, b: CellValue): Related {
  if (a.canonical === b.canonical) return { relation: "agree", reason: `both: ${a.label}` };
  const [kindA, countryA] = a.canonical.split(":");
  const [kindB, countryB] = b.canonical.split(":");
  if (countryA === countryB && (kindA === "country" || kindB === "country")) {
    return { relation: "partial", reason: `${a.label} and ${b.label}: the same country, one more precise` };
  }
  return { relation: "conflict", reason: `${a.label} ≠ ${b.label}` };
}

interface DateParts {
  iso: string | null;
  weekday: number | null;
  month: number | null;
  day: number | null;
}

function dateParts(value: CellValue): DateParts {
  const detail = value.detail ?? {};
  const iso = typeof detail.iso === "string" ? detail.iso : /^\d{4}-\d{2}-\d{2}/.test(value.canonical) ? value.canonical.slice(0, 10) : null;
  const number = (key: string) => (typeof detail[key] === "number" ? (detail[key] as number) : null);
  let weekday = number("weekday");
  let month = number("month");
  let day = number("day");
  if (iso) {
    const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
    weekday ??= date.getUTCDay();
    month ??= date.getUTCMonth() + 1;
    day ??= date.getUTCDate();
  }
  const weekdayCanonical = value.canonical.match(/^weekday:(\d)$/);
  if (weekdayCanonical) weekday = Number(weekdayCanonical[1]);
  return { iso, weekday, month, day };
}

/**
 * Two dates conflict when anything both settle differs (day, month, weekday); when one settles
 * more than the other (a weekday against a full date that falls on it), they agree on what both
 * say and the more precise one is partial to the other.
 */
function relateDates(a: CellValue, b: CellValue): Related {
  if (a.canonical === b.canonical) return { relation: "agree", reason: `both: ${a.label}` };
  const [x, y] = [dateParts(a), dateParts(b)];
  if (x.iso && y.iso && x.iso.slice(0, 10) !== y.iso.slice(0, 10)) return { relation: "conflict", reason: `${a.label} ≠ ${b.label}` };
  const differs = (key: keyof DateParts) => x[key] !== null && y[key] !== null && x[key] !== y[key];
  if (differs("weekday")) return { relation: "conflict", reason: `${a.label} ≠ ${b.label}: ${WEEKDAYS[x.weekday!]} vs ${WEEKDAYS[y.weekday!]}` };
  if (differs("month") || differs("day")) return { relation: "conflict", reason: `${a.label} ≠ ${b.label}` };
  return { relation: "partial", reason: `${a.label} and ${b.label} fit together; one says more` };
}

interface Figure {
  value: number;
  hedge: string;
  label: string;
}

function figure(value: CellValue): Figure {
  const detail = value.detail ?? {};
  return { value: Number(detail.value ?? value.canonical.split("|")[0]), hedge: String(detail.hedge ?? value.canonical.split("|")[1] ?? "exact"), label: value.label };
}

/** whether figure `b` is compatible with the claim `a` makes ("more than 250" holds for 300) */
function compatible(a: Figure, b: Figure): boolean {
  switch (a.hedge) {
    case "more-than":
      return b.value > a.value || (b.hedge === "more-than" && b.value >= a.value);
    case "at-least":
      return b.value >= a.value;
    case "less-than":
      return b.value < a.value || (b.hedge === "less-than" && b.value <= a.value);
    case "at-most":
    case "up-to":
      return b.value <= a.value;
    case "about":
      return Math.abs(b.value - a.value) <= NUMBER_TOLERANCE * a.value;
    default:
      return false;
  }
}

/**
 * The figures of one row compared as sets, as an outlet may give several of one kind ("12 dead in
 * Homs, 30 across the country"): equal figures pair off first, then figures of one value hedged
 * differently or within a hedge's reach (partial); a figure left on each side is a conflict, a
 * figure only one side gives is partial. The closest pair alone would let "12 and 30" agree with
 * "12 and 45".
 */
function relateNumbers(a: CellValue[], b: CellValue[]): Related {
  const left = a.map(figure);
  const right = b.map(figure);
  const pairOff = (match: (x: Figure, y: Figure) => boolean): [Figure, Figure][] => {
    const pairs: [Figure, Figure][] = [];
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((y) => match(left[i]!, y));
      if (j < 0) continue;
      pairs.push([left[i]!, right[j]!]);
      left.splice(i--, 1);
      right.splice(j, 1);
    }
    return pairs;
  };
  const equal = pairOff((x, y) => x.value === y.value && x.hedge === y.hedge);
  const hedged = pairOff((x, y) => x.value === y.value);
  const near = pairOff((x, y) => compatible(x, y) || compatible(y, x));
  const labels = (figures: Figure[]) => figures.map((figure) => figure.label).join(", ");
  if (left.length > 0 && right.length > 0) return { relation: "conflict", reason: `${labels(left)} ≠ ${labels(right)}` };
  if (hedged.length > 0) return { relation: "partial", reason: `${hedged[0]![0].label} and ${hedged[0]![1].label}: the same figure, hedged differently` };
  if (near.length > 0) return { relation: "partial", reason: `${near[0]![0].label} and ${near[0]![1].label}: within the stated hedge (±${NUMBER_TOLERANCE * 100}% for "about")` };
  if (left.length > 0 || right.length > 0) return { relation: "partial", reason: `both: ${labels(equal.map(([x]) => x))}; one also gives ${labels([...left, ...right])}` };
  return { relation: "agree", reason: `both: ${labels(equal.map(([x]) => x))}` };
}

/** the same set → agree; one inside the other → partial; each has what the other lacks → conflict */
function relateSets(a: CellValue[], b: CellValue[]): Related {
  const setA = new Set(a.map((value) => value.canonical));
  const setB = new Set(b.map((value) => value.canonical));
  const onlyA = a.filter((value) => !setB.has(value.canonical));
  const onlyB = b.filter((value) => !setA.has(value.canonical));
  if (onlyA.length === 0 && onlyB.length === 0) return { relation: "agree", reason: `both: ${a.map((value) => value.label).join(", ")}` };
  const names = (values: CellValue[]) => values.map((value) => value.label).join(", ");
  if (onlyA.length === 0) return { relation: "partial", reason: `one also names ${names(onlyB)}` };
  if (onlyB.length === 0) return { relation: "partial", reason: `one also names ${names(onlyA)}` };
  return { relation: "conflict", reason: `${names(onlyA)} vs ${names(onlyB)}` };
}

/**
 * Who led the meeting, and at what level. Two named chairs must be the same person; otherwise the
 * levels (ranks of the chair and of the delegation heads) are compared: "chaired by al-Allaq
 * (intelligence chief)" against "delegations led by deputy chiefs of staff" is a conflict of level.
 */
function relateLeadership(a: CellValue[], b: CellValue[]): Related {
  const chairs = (values: CellValue[]) => values.filter((value) => value.detail?.role === "chair");
  const [chairA, chairB] = [chairs(a)[0], chairs(b)[0]];
  if (chairA && chairB) {
    return chairA.canonical === chairB.canonical
      ? { relation: "agree", reason: `both: chaired by ${chairA.label}` }
      : { relation: "conflict", reason: `chaired by ${chairA.label} ≠ chaired by ${chairB.label}` };
  }
  const ranks = (values: CellValue[]) => new Set(values.map((value) => String(value.detail?.rank ?? "")).filter(Boolean));
  const [ranksA, ranksB] = [ranks(a), ranks(b)];
  const describe = (values: CellValue[]) => values.map((value) => (value.detail?.role === "chair" ? `chaired by ${value.label}` : `led by ${value.label}`)).join(", ");
  const shared = [...ranksA].filter((rank) => ranksB.has(rank));
  if (ranksA.size > 0 && ranksB.size > 0 && shared.length === 0) return { relation: "conflict", reason: `${describe(a)} vs ${describe(b)}: different levels` };
  if (shared.length === ranksA.size && shared.length === ranksB.size && ranksA.size > 0) return { relation: "agree", reason: `same level: ${describe(a)}` };
  return { relation: "partial", reason: `${describe(a)} vs ${describe(b)}: in part the same level` };
}
