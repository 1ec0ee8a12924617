// The one-line summary of an event shown in lists: "meeting · Baghdad · Thursday · IQ SY IR RU".

import { WEEKDAYS } from "./canonical-values.ts";
import type { EventMention } from "./types.ts";

export function summariseEvent(event: Pick<EventMention, "kind" | "slots" | "countries">): string {
  const place = event.slots.find((slot) => slot.type === "place");
  const date = event.slots.find((slot) => slot.type === "date");
  const when = date
    ? typeof date.detail?.iso === "string"
      ? date.detail.iso
      : typeof date.detail?.weekday === "number"
        ? WEEKDAYS[date.detail.weekday]
        : date.label.replace(/\s*\(.*\)$/, "")
    : null;
  const parts = [event.kind, place?.label.replace(/\s*\(.*\)$/, "") ?? null, when, event.countries.length ? event.countries.join(" ") : null];
  return parts.filter((part): part is string => Boolean(part)).join(" · ");
}
