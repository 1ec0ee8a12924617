// The figures of the perturbation benchmark (marks-perturb.ts): a count, a hedged count moved within
// its hedge, an amount with its currency, a percentage, each found by a regular expression.

import { earliest, firstMatch, groupSpan, L, MONTHS, pick, type Found, type Language, type Random } from "./marks-perturb-text.ts";

// Figures. A number written in digits ("2,000", "15", "2 000") and the word after it.
const DIGITS = String.raw`(?<![\d.,$€£%/:-])(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?![\d]|[.,]\d|\s?%)`;
const NOT_COUNTED = new RegExp(
  `^(?:${[...MONTHS.en, ...MONTHS.fr].join("|")}|percent|per|pour|million|millions|milliard|milliards|billion|billions|trillion|h|heures?|hours?|a\\.m|p\\.m|am|pm|dollars?|euros?|dinars?|livres?|pounds?|francs?|yuans?|roubles?|rubles?|rials?|yens?|st|nd|rd|th|er|e|ème|et|and|to|à|or|ou|of|de|du|des|in|en|on|au|aux|the|le|la|les|a|an|un|une)$`,
  "i",
);
const ABOUT = String.raw`(?:about|around|some|roughly|approximately|an estimated|environ|quelque|quelques|près de|approximativement|autour de)`;

function parseDigits(written: string): number {
  return Number(written.replace(/[, \u00a0\u202f]/g, ""));
}

/** keeps the thousands separator the text uses: 2,000 → 3,500; 2 000 → 3 500 */
function formatLike(model: string, value: number): string {
  const separator = model.match(/\d([, \u00a0\u202f])\d{3}/)?.[1];
  const plain = String(Math.round(value));
  return separator ? plain.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : plain;
}

/** well outside the ±10% a hedge allows: half, one and a half, twice or three times */
function farFrom(value: number, random: Random): number {
  const factor = pick([0.5, 1.5, 2, 3], random);
  const changed = Math.round(value * factor);
  return changed === value ? value + 2 : changed;
}

export function count(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, new RegExp(`${DIGITS}\\s([${L}]{2,})`), (match) => {
    const value = parseDigits(match[1]!);
    if (value < 2 || NOT_COUNTED.test(match[2]!) || /^(?:19|20)\d\d$/.test(match[1]!)) return null;
    return { ...groupSpan(match, 1), original: match[1]!, replacement: formatLike(match[1]!, farFrom(value, random)) };
  });
}

/** a hedged count ("about 2,000 fighters") changed by 2–8%: within the hedge, so partial */
export function countWithin(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, new RegExp(`(?<![${L}])${ABOUT}\\s${DIGITS}\\s([${L}]{2,})`, "i"), (match) => {
    const value = parseDigits(match[1]!);
    if (value < 25 || NOT_COUNTED.test(match[2]!) || /^(?:19|20)\d\d$/.test(match[1]!)) return null;
    const changed = Math.round(value * (1 + (random() < 0.5 ? -1 : 1) * (0.02 + random() * 0.06)));
    const span = groupSpan(match, 1);
    return { ...span, original: match[1]!, replacement: formatLike(match[1]!, changed === value ? value + 1 : changed), gold: "partial" };
  });
}

const CURRENCY_WORDS = "dollars?|euros?|dinars?|livres?|pounds?|francs?|yuans?|roubles?|rubles?|rials?|riyals?|yens?|shekels?|dirhams?";
const SCALE = "(?:million|millions|milliard|milliards|billion|billions|trillion)";

export function amount(text: string, _language: Language, random: Random): Found | null {
  const number = String.raw`(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)`;
  const patterns = [
    new RegExp(String.raw`[$€£]\s?${number}(?![\d])`),
    new RegExp(String.raw`(?<![\d.,$€£])${number}(?:\s${SCALE})?\s(?:de\s|d['’])?(?:${CURRENCY_WORDS}|€|\$)(?![${L}])`, "i"),
  ];
  return earliest(
    patterns.map((pattern) =>
      firstMatch(text, pattern, (match) => {
        const written = match[1]!;
        const decimal = /^\d+[.,]\d+$/.test(written) && !/^\d{1,3}[,]\d{3}$/.test(written);
        const value = decimal ? Number(written.replace(",", ".")) : parseDigits(written);
        if (!(value > 0)) return null;
        const changed = decimal ? (value * pick([0.5, 2, 3], random)).toFixed(1).replace(".", written.includes(",") ? "," : ".") : formatLike(written, farFrom(value, random));
        return { ...groupSpan(match, 1), original: written, replacement: changed };
      }),
    ),
  );
}

export function percentage(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, /(?<![\d.,])(\d{1,2}(?:[.,]\d)?)(?=\s?(?:%|percent\b|per cent\b|pour cent\b|pour-cent\b))/, (match) => {
    const value = Number(match[1]!.replace(",", "."));
    // 5 to 20 points away: far outside any hedge on a percentage
    const step = 5 + Math.floor(random() * 16);
    const changed = value + step <= 99 ? value + step : Math.max(0, value - step);
    return { ...groupSpan(match, 1), original: match[1]!, replacement: String(changed) };
  });
}
