// Several sentences often tell one event: "La dernière réunion … s'est tenue jeudi à Bagdad",
// then "lors de la réunion", "lors de son déplacement à Bagdad". A sentence's trigger joins the
// earliest event of the same family whose date and place it does not contradict (news returns
// to its main event far more often than to a side one), or the one sharing a named person;
// a different date or city makes a new event ("s'est également rendu à Bagdad dimanche").

import type { EventTrigger } from "./event-triggers.ts";
import type { EventKind, SlotValue } from "./types.ts";

export interface EventDraft {
  family: string;
  kind: EventKind;
  triggers: EventTrigger[];
  slots: SlotValue[];
}

export function groupEvents(candidates: EventDraft[]): EventDraft[] {
  const events: EventDraft[] = [];
  for (const candidate of candidates) {
    const compatible = events.filter((event) => event.family === candidate.family && !contradicts(event, candidate));
    const people = new Set(candidate.slots.filter((slot) => slot.type === "participant-person" && !slot.inferred).map((slot) => slot.canonical));
    const target = compatible.find((event) => event.slots.some((slot) => slot.type === "participant-person" && people.has(slot.canonical))) ?? compatible[0];
    if (!target) {
      events.push({ ...candidate, triggers: [...candidate.triggers], slots: [...candidate.slots] });
      continue;
    }
    target.triggers.push(...candidate.triggers);
    // the first sentence that settles a place or a date wins; later ones only fill gaps
    for (const slot of candidate.slots) {
      if ((slot.type === "place" || slot.type === "date") && target.slots.some((own) => own.type === slot.type)) continue;
      target.slots.push(slot);
    }
    // an agreement is what a meeting or a visit produced: the event is the meeting
    if (target.kind === "agreement" && (candidate.kind === "meeting" || candidate.kind === "visit")) target.kind = candidate.kind;
  }
  return events;
}

function contradicts(event: EventDraft, candidate: EventDraft): boolean {
  const date = (draft: EventDraft) => draft.slots.find((slot) => slot.type === "date");
  const place = (draft: EventDraft) => draft.slots.find((slot) => slot.type === "place");
  const [ownDate, newDate] = [date(event), date(candidate)];
  if (ownDate && newDate && datesDiffer(ownDate, newDate)) return true;
  const [ownPlace, newPlace] = [place(event), place(candidate)];
  return Boolean(ownPlace && newPlace && placesDiffer(ownPlace, newPlace));
}

function datesDiffer(a: SlotValue, b: SlotValue): boolean {
  const weekdays = [a.detail?.weekday, b.detail?.weekday];
  if (typeof weekdays[0] === "number" && typeof weekdays[1] === "number" && weekdays[0] !== weekdays[1]) return true;
  const isos = [a.detail?.iso, b.detail?.iso];
  if (typeof isos[0] === "string" && typeof isos[1] === "string" && !isos[0].startsWith(isos[1]) && !isos[1].startsWith(isos[0])) return true;
  const months = [a.detail?.month, b.detail?.month];
  return typeof months[0] === "number" && typeof months[1] === "number" && months[0] !== months[1];
}

/** Beijing and China agree; Baghdad and Damascus, or Tehran and China, do not */
function placesDiffer(a: SlotValue, b: SlotValue): boolean {
  if (a.canonical === b.canonical) return false;
  const country = (slot: SlotValue) => slot.detail?.country ?? null;
  if (a.detail?.placeType === "city" && b.detail?.placeType === "city") return true;
  return country(a) !== null && country(b) !== null && country(a) !== country(b);
}
