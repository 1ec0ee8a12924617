import { formatPublished } from "@/lib/db/present-article";

export interface EventChoice {
  id: string;
  title: string;
  articleCount: number;
  firstDay: string | null;
}

/** an event in a merge or move select: long derived titles cut, with size and date to tell look-alikes apart */
export function eventChoiceLabel(choice: EventChoice): string {
  const title = choice.title.length > 70 ? `${choice.title.slice(0, 67).trimEnd()}…` : choice.title || "(untitled event)";
  const size = choice.articleCount === 1 ? "1 article" : `${choice.articleCount} articles`;
  return `${title} (${[size, choice.firstDay ? formatPublished(choice.firstDay, null) : null].filter(Boolean).join(", ")})`;
}
