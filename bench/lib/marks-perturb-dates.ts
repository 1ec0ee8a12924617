// The calendar facts of the perturbation benchmark (marks-perturb.ts): a weekday, a day of a month, a
// month and a year, the first of each in the text, replaced by another of the same kind.

import { earliest, firstMatch, groupSpan, L, MONTHS, sameCase, WEEKDAYS, type Found, type Language, type Random } from "./marks-perturb-text.ts";

export function weekday(text: string, language: Language, random: Random): Found | null {
  const names = WEEKDAYS[language];
  return firstMatch(text, new RegExp(`(?<![${L}])(${names.join("|")})(?![${L}])`, language === "en" ? "" : "i"), (match) => {
    const index = names.findIndex((name) => name.toLowerCase() === match[1]!.toLowerCase());
    const replacement = sameCase(match[1]!, names[(index + 1 + Math.floor(random() * 6)) % 7]!);
    return { ...groupSpan(match, 1), original: match[1]!, replacement };
  });
}

/** "18 octobre", "1er mars", "October 18", "18 October" with the day and the month's group numbers */
function dayMonthPattern(language: Language): { pattern: RegExp; day: number; month: number }[] {
  const months = MONTHS[language].join("|");
  if (language === "fr") return [{ pattern: new RegExp(`(?<![\\d${L}])(\\d{1,2}|1er)\\s(${months})(?![${L}])`, "i"), day: 1, month: 2 }];
  return [
    { pattern: new RegExp(`(?<![${L}])(${months})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d${L}])`), day: 2, month: 1 },
    { pattern: new RegExp(`(?<![\\d${L}])(\\d{1,2})(?:st|nd|rd|th)?\\s(${months})(?![${L}])`), day: 1, month: 2 },
  ];
}


export function date(text: string, language: Language, random: Random): Found | null {
  return earliest(
    dayMonthPattern(language).map(({ pattern, day }) =>
      firstMatch(text, pattern, (match) => {
        const value = match[day] === "1er" ? 1 : Number(match[day]);
        if (value < 1 || value > 31) return null;
        // another day of the same month, 1–28 so every month has it
        let replacement = 1 + Math.floor(random() * 28);
        if (replacement === value) replacement = (replacement % 28) + 1;
        const span = groupSpan(match, day);
        return { ...span, original: match[day]!, replacement: String(replacement) };
      }),
    ),
  );
}

export function month(text: string, language: Language, random: Random): Found | null {
  const names = MONTHS[language];
  const months = names.join("|");
  // a month name beside a day or a year only: "May" alone is as often a verb
  const withYear = { pattern: new RegExp(`(?<![${L}])(${months})\\s((?:19|20)\\d\\d)(?!\\d)`, language === "fr" ? "i" : ""), day: 2, month: 1 };
  return earliest(
    [...dayMonthPattern(language), withYear].map(({ pattern, month: group }) =>
      firstMatch(text, pattern, (match) => {
        const index = names.findIndex((name) => name.toLowerCase() === match[group]!.toLowerCase());
        const shifted = names[(index + 1 + Math.floor(random() * 3) + 12) % 12]!;
        return { ...groupSpan(match, group), original: match[group]!, replacement: sameCase(match[group]!, shifted) };
      }),
    ),
  );
}

export function year(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, /(?<![\d.,$€£])((?:19[5-9]|20[0-2])\d)(?![\d%]|[.,]\d)/, (match) => {
    const value = Number(match[1]);
    const replacement = value + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 3));
    return { ...groupSpan(match, 1), original: match[1]!, replacement: String(replacement) };
  });
}
