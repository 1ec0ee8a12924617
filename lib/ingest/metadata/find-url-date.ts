// The publication day many CMSs write into an article's address: /2019/12/19/slug,
// /news/20200516/slug, /2019-12-19-slug. The newsroom sets it in its own local day, which makes
// it the better day when a UTC meta time has crossed midnight. Only a full date counts: a year
// and month (/2019/12/) place an archive, not the article.

export interface UrlDate {
  /** YYYY-MM-DD */
  day: string;
  /** the part of the address that holds it: "/2019/12/19/" */
  quote: string;
}

const PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/,
  /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_.])/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$)/,
];

export function findUrlDate(url: string | undefined): UrlDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // 2019/13/45 is a slug's numbers, not a day
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    const quote = match[0].endsWith("/") ? match[0] : `${match[0]}${path[match.index + match[0].length] === "/" ? "/" : ""}`;
    return { day: date.toISOString().slice(0, 10), quote };
  }
  return null;
}

/** whole days between two YYYY-MM-DD days */
export function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}
