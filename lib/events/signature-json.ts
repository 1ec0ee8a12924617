// Event signatures to and from the JSON stored in article_signatures. A signature holds Maps
// (terms, labels); JSON has no Map, so each is written as { "$map": [[key, value], …] } and read
// back as a Map, whatever field it sits in: a field added to EventSignature needs no change here.

import type { EventSignature } from "./types.ts";

/**
 * The signature code's version: raise it when build-event-signature.ts changes what it extracts,
 * and stored signatures of another version are rebuilt on the next grouping.
 */
export const SIGNATURE_VERSION = 3;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function toJson(value: unknown): Json {
  if (value instanceof Map) return { $map: [...value].map(([key, entry]) => [toJson(key), toJson(entry)]) };
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).map(([key, entry]) => [key, toJson(entry)]));
  return value as Json;
}

function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.$map) && Object.keys(record).length === 1) {
      return new Map((record.$map as [unknown, unknown][]).map(([key, entry]) => [fromJson(key), fromJson(entry)]));
    }
    return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, fromJson(entry)]));
  }
  return value;
}

/**
 * The main event's place of a stored signature and its readable name, read off the JSON without
 * rebuilding the whole signature (its term Maps): what an event's summary needs of each member.
 */
export function storedEventPlace(json: unknown): { id: string; label: string } | null {
  const record = json as { eventPlace?: unknown; labels?: { $map?: [unknown, unknown][] } } | null;
  if (typeof record?.eventPlace !== "string") return null;
  const id = record.eventPlace;
  const label = record.labels?.$map?.find(([key]) => key === id)?.[1];
  return { id, label: typeof label === "string" ? label : id };
}

export function signatureToJson(signature: EventSignature): Json {
  return toJson(signature);
}

export function signatureFromJson(json: unknown, articleId: string): EventSignature {
  const signature = fromJson(json) as EventSignature;
  // the stored id is the article's: a signature is never read under another article's id
  return { ...signature, id: articleId };
}
