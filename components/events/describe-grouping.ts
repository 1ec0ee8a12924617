import type { EventMember } from "@/lib/events/event-queries";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHOWN_TERMS = 6;

export interface GroupingReason {
  /** one sentence: why the article is in this event */
  sentence: string;
  /** what it shares with the closest member: people, places, named days, countries */
  shares: string[];
  terms: string[];
  closest: { articleId: string; headline: string | null } | null;
  dateGapDays: number | null;
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

/** The grouper's decision for one member, in words a reviewer can check against the articles. */
export function describeGrouping(member: EventMember): GroupingReason {
  const explanation = member.explanation;
  const none = { shares: [], terms: [], closest: null, dateGapDays: null };
  if (member.decidedBy === "reviewer") return { sentence: "Placed here by a reviewer (merge, split or move).", ...none };
  if (member.decidedBy === "pinned") return { sentence: "Kept here by a reviewer’s pin when the events were regrouped.", ...none };
  if (member.decidedBy === "new-group" || !explanation) {
    return { sentence: "Started this event: no earlier article was close enough to join.", ...none };
  }
  return {
    sentence: `Joined with score ${explanation.score.toFixed(2)}`,
    shares: [...explanation.sharedParticipants, ...explanation.sharedPlaces, ...explanation.sharedDays.map(formatNamedDay), ...new Set(explanation.sharedCountries.map(countryName))],
    terms: explanation.sharedTerms.slice(0, SHOWN_TERMS),
    closest: explanation.closestArticleId ? { articleId: explanation.closestArticleId, headline: member.closestHeadline } : null,
    dateGapDays: explanation.dateGapDays,
  };
}
