import type { EventMember } from "./event-queries.ts";
import type { DateWindow } from "./types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHOWN_NAMES = 4;
const SHOWN_WORDS = 6;

export interface GroupingReason {
  /** one sentence a reviewer checks against the articles: why the article is here, or why it was kept apart */
  sentence: string;
  /** the article the decision compares with, and its event when that is another one */
  closest: { articleId: string; headline: string | null; eventId: string | null } | null;
  /** words both articles use (surface forms, no numbers or particles): for the details fold */
  words: string[];
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** countries come as ISO codes ("US") when the gazetteer has no readable name at hand */
function countryName(country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return regionNames.of(country) ?? country;
  } catch {
    return country;
  }
}

/** "--07-02" (a day named without its year, comparable across languages) → "2 July" */
function formatNamedDay(day: string): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[1]) - 1] : undefined;
  return match && month ? `${Number(match[2])} ${month}` : day;
}

/** "2017-10-18" → "18 Oct 2017"; a window of several days → "18–20 Oct 2017" or "28 Sep – 2 Oct 2017" */
export function formatWindow(window: DateWindow): string {
  const [fromYear, fromMonth, fromDay] = window.from.split("-").map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = window.to.split("-").map(Number) as [number, number, number];
  const month = (index: number) => MONTHS[index - 1]!.slice(0, 3);
  if (window.from === window.to) return `${fromDay} ${month(fromMonth)} ${fromYear}`;
  if (fromYear === toYear && fromMonth === toMonth) return `${fromDay}–${toDay} ${month(fromMonth)} ${fromYear}`;
  return `${fromDay} ${month(fromMonth)}${fromYear === toYear ? "" : ` ${fromYear}`} – ${toDay} ${month(toMonth)} ${toYear}`;
}

function list(label: string, plural: string, values: string[]): string | null {
  if (values.length === 0) return null;
  const shown = values.slice(0, SHOWN_NAMES).join(", ");
  return `${values.length === 1 ? label : plural} (${shown}${values.length > SHOWN_NAMES ? ", …" : ""})`;
}

/** the words worth showing a reviewer: not numbers' fragments ("000"), not particles ("al") */
function readableWords(terms: string[]): string[] {
  return terms.filter((term) => /\p{L}{4,}/u.test(term)).slice(0, SHOWN_WORDS);
}

/** The grouper's decision for one member, in words a reviewer can check against the articles; the numbers stay in a details fold. */
export function describeGrouping(member: EventMember): GroupingReason {
  const explanation = member.explanation;
  const none = { closest: null, words: [] };
  if (member.decidedBy === "reviewer") return { sentence: "Placed here by a reviewer (merge, split or move).", ...none };
  if (member.decidedBy === "pinned") return { sentence: "Kept here by a reviewer’s pin when the events were regrouped.", ...none };
  if (!explanation || !explanation.closestArticleId) {
    return { sentence: "Started this event: no earlier article shared enough with it.", ...none };
  }
  const closest = { articleId: explanation.closestArticleId, headline: member.closestHeadline, eventId: member.closestEventId };
  const words = readableWords(explanation.sharedTerms);
  const cast = new Set(explanation.contrast?.standingCast ?? []);
  // a person both articles name, spelt alike (a shared id) or not (a shared surname key)
  const surnames = (explanation.sharedNames ?? []).filter((name) => !explanation.sharedParticipants.some((participant) => participant.toLowerCase().endsWith(name.toLowerCase().split(/\s+/).at(-1)!)));
  const names = [...explanation.sharedParticipants, ...surnames];
  const places = explanation.sharedPlaces.length > 0 ? explanation.sharedPlaces : [...new Set(explanation.sharedCountries.map(countryName))];
  const shared = [
    list("same name", "same names", names),
    list(explanation.sharedPlaces.length > 0 ? "same place" : "same country", explanation.sharedPlaces.length > 0 ? "same places" : "same countries", places),
    list("same day named", "same days named", explanation.sharedDays.map(formatNamedDay)),
  ].filter((part): part is string => part !== null);

  if (member.decidedBy === "new-group") {
    const contrast = explanation.contrast;
    const apart: string[] = [];
    if (contrast?.article && contrast.closest && explanation.dateGapDays !== null && explanation.dateGapDays > 0) {
      apart.push(`different dates (${formatWindow(contrast.article)} vs ${formatWindow(contrast.closest)})`);
    } else if (explanation.dateGapDays !== null && explanation.dateGapDays > 0) {
      apart.push(`published ${explanation.dateGapDays} days apart`);
    }
    if (contrast?.places) apart.push(`different places (${contrast.places[0]} vs ${contrast.places[1]})`);
    if (contrast?.weekdays) apart.push(`different weekdays (${WEEKDAYS[contrast.weekdays[0]]} vs ${WEEKDAYS[contrast.weekdays[1]]})`);
    const undated = contrast !== undefined && (!contrast.article || !contrast.closest);
    if (apart.length === 0 && undated && contrast?.evidenced === false) apart.push("no date to compare, and no figure, person, named day or city in common");
    if (apart.length === 0 && undated && cast.size > 0) apart.push(`no date to compare, and what they share (${[...cast].slice(0, SHOWN_NAMES).join(", ")}) is named by other events of this story too`);
    if (apart.length === 0) apart.push(undated ? "no date to compare, and too few distinctive facts in common" : "too little in common");
    const though = [...names, ...explanation.sharedPlaces].filter((name) => !cast.has(name)).slice(0, SHOWN_NAMES);
    return {
      sentence: `Started its own event. Kept apart from the nearest article: ${apart.join("; ")}${though.length > 0 ? `, though both name ${though.join(", ")}` : ""}.`,
      closest,
      words,
    };
  }

  const when =
    explanation.dateGapDays === null ? "no date to compare" : explanation.dateGapDays === 0 ? "same dates" : `published ${explanation.dateGapDays === 1 ? "1 day" : `${explanation.dateGapDays} days`} apart`;
  const what = shared.length > 0 ? shared : words.length > 0 ? [`words in common (${words.slice(0, SHOWN_NAMES).join(", ")})`] : ["much of its wording"];
  return { sentence: `Same event as the closest article: ${[...what, when].join(", ")}.`, closest, words };
}
