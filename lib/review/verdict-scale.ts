// The rating scale of a verdict, and its schema.org ClaimReview values (issue 8 exports them).
// Five graded ratings from 5 (true) to 1 (false), as most IFCN signatories publish them, plus
// "unverifiable", which is not a point on that line: it carries no ratingValue, only its name.

export const VERDICT_RATINGS = ["true", "mostly-true", "mixed", "misleading", "false", "unverifiable"] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

export interface RatingDefinition {
  label: string;
  /** schema.org Rating.ratingValue on the 1..5 scale; null for unverifiable */
  ratingValue: number | null;
  description: string;
}

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export const RATING_SCALE: Record<VerdictRating, RatingDefinition> = {
  true: { label: "True", ratingValue: 5, description: "Accurate, and nothing significant is missing." },
  "mostly-true": { label: "Mostly true", ratingValue: 4, description: "Accurate, but needs clarification or context." },
  mixed: { label: "Mixed", ratingValue: 3, description: "Partly accurate, partly not." },
  misleading: { label: "Misleading", ratingValue: 2, description: "Contains some truth but leaves a false impression." },
  false: { label: "False", ratingValue: 1, description: "Not accurate." },
  unverifiable: { label: "Unverifiable", ratingValue: null, description: "Cannot be confirmed or refuted with the evidence available." },
};

export function isVerdictRating(value: unknown): value is VerdictRating {
  return typeof value === "string" && (VERDICT_RATINGS as readonly string[]).includes(value);
}
