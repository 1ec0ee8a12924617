// Which row of the comparison each claim slot of an article's main event belongs to. Rows are keyed
// by canonical values, so the same claim from a French and an English outlet lands in one row:
// one row each for place, date, the countries taking part, who led and at what level, the host;
// one per person named, per figure (by what it counts), per cited source. Quotes and statements
// are matched by their words instead (match-texts.ts).

import { countryName } from "../canonical-values.ts";
import type { SlotValue } from "../types.ts";
import type { CellValue, CompareArticle, RowKind } from "./types.ts";

export interface SlotRowEntry {
  key: string;
  kind: RowKind;
  label: string;
  value: CellValue;
}

export function mainSlots(article: CompareArticle): SlotValue[] {
  return article.claims.events.find((event) => event.main)?.slots ?? [];
}

export function cellValue(slot: SlotValue, detail: SlotValue["detail"] = slot.detail): CellValue {
  return { canonical: slot.canonical, label: slot.label, span: slot.span, inferred: slot.inferred, confidence: slot.confidence, ...(detail ? { detail } : {}) };
}

/** `personRow(id)` gives the row key of a person id, after spelling variants were clustered */
export function slotRowEntries(article: CompareArticle, personRow: (id: string) => string): SlotRowEntry[] {
  const entries: SlotRowEntry[] = [];
  for (const slot of mainSlots(article)) {
    switch (slot.type) {
      case "place":
        entries.push({ key: "place", kind: "place", label: "Where", value: cellValue(slot) });
        break;
      case "date":
        entries.push({ key: "date", kind: "date", label: "When", value: cellValue(slot) });
        break;
      case "participant-country":
        entries.push({ key: "countries", kind: "countries", label: "Countries taking part", value: { ...cellValue(slot), label: countryName(String(slot.detail?.country ?? slot.canonical.slice(8))) } });
        break;
      case "participant-person":
        entries.push({ key: `person:${personRow(slot.canonical)}`, kind: "person", label: `Named: ${bareName(slot.label)}`, value: { ...cellValue(slot), canonical: personRow(slot.canonical) } });
        break;
      case "chair":
      case "delegation-head": {
        const person = slot.type === "chair" ? (slot.detail?.actor === "person" ? slot.canonical : null) : (slot.detail?.person as string | null | undefined);
        const value = cellValue(slot, { ...slot.detail, role: slot.type === "chair" ? "chair" : "delegation" });
        // one person under two spellings chairs once: the canonical is the clustered person id
        entries.push({ key: "leadership", kind: "leadership", label: "Chaired / led by", value: person && slot.type === "chair" ? { ...value, canonical: personRow(person) } : value });
        break;
      }
      case "host":
        entries.push({ key: "host", kind: "host", label: "Hosted by", value: cellValue(slot) });
        break;
      case "number": {
        const lemma = slot.detail?.lemma;
        // a year is a date, not a figure: the date row carries it
        if (typeof lemma !== "string" || !lemma || slot.detail?.kind === "year") break;
        entries.push({ key: `number:${lemma}`, kind: "number", label: `Figure: ${lemma}`, value: cellValue(slot) });
        break;
      }
      case "cited-source":
        entries.push({ key: `source:${slot.canonical}`, kind: "cited-source", label: `Cites ${slot.label}`, value: cellValue(slot) });
        break;
      case "quote":
        break;
    }
  }
  return entries;
}

/** "Saad Mozher al-Allaq (major général)" → "Saad Mozher al-Allaq" */
function bareName(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, "");
}
