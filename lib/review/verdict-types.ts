// What a verdict holds, validated at every boundary (web form, JSON route, CLI) by one schema.

import { z } from "zod";
import { VERDICT_RATINGS, type VerdictRating } from "./verdict-scale.ts";

export const MAX_EVIDENCE_ITEMS = 20;

// only web links: a javascript: or data: URL in evidence must never become a clickable link
const ZWebUrl = z
  .url({ protocol: /^https?$/, message: "Evidence links must be http:// or https:// URLs." })
  .max(2048, "That URL is too long (2,048 characters at most).");

export const ZEvidenceItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: ZWebUrl, quote: z.string().trim().max(5000).default(""), note: z.string().trim().max(1000).default("") }),
  z.object({ kind: z.literal("quote"), quote: z.string().trim().min(1, "Quoted evidence needs the quoted text.").max(5000), note: z.string().trim().max(1000).default("") }),
  z.object({ kind: z.literal("file"), fileId: z.string().trim().min(1).max(64), note: z.string().trim().max(1000).default("") }),
]);
export type TEvidenceItemInput = z.input<typeof ZEvidenceItemSchema>;

/** A stored evidence item: a file item also keeps what the file was, so history reads without joins. */
export type EvidenceItem =
  | { kind: "url"; url: string; quote: string; note: string }
  | { kind: "quote"; quote: string; note: string }
  | { kind: "file"; fileId: string; fileName: string; mimeType: string; byteSize: number; sha256: string; note: string };

export const ZVerdictInputSchema = z.object({
  eventId: z.string().trim().min(1).max(64),
  rowId: z.string().trim().min(1).max(300),
  /** "" for the whole row; else the article of the outlet's cell */
  articleId: z.string().trim().max(64).default(""),
  rating: z.enum(VERDICT_RATINGS, { message: `Choose a rating: ${VERDICT_RATINGS.join(", ")}.` }),
  summary: z.string().trim().min(1, "Write a one-line summary of the verdict.").max(2000, "The summary is limited to 2,000 characters."),
  notes: z.string().max(20_000, "Notes are limited to 20,000 characters.").default(""),
  evidence: z.array(ZEvidenceItemSchema).max(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} evidence items.`).default([]),
  /** the version the reviewer started from; null when they started a new verdict */
  expectedVersion: z.number().int().positive().nullable(),
});
export type TVerdictInput = z.input<typeof ZVerdictInputSchema>;

/** The reviewable state of a verdict: what history keeps before and after each change. */
export interface VerdictState {
  rating: VerdictRating;
  summary: string;
  notes: string;
  evidence: EvidenceItem[];
}

export interface Verdict extends VerdictState {
  id: string;
  eventId: string;
  rowId: string;
  articleId: string;
  claimLabel: string;
  claimText: string;
  version: number;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}
