// The named criteria a desk grades an outlet on, and the grade scale. The criteria follow what
// media-reliability raters publish (accuracy, sourcing, corrections, ownership transparency,
// independence from the state); grades are 1..5 so a summary can average and chart them.

export const OUTLET_CRITERIA = ["accuracy", "sourcing", "corrections", "ownership-transparency", "state-independence"] as const;
export type OutletCriterion = (typeof OUTLET_CRITERIA)[number];

export const CRITERION_LABELS: Record<OutletCriterion, { label: string; question: string }> = {
  accuracy: { label: "Accuracy", question: "Do its factual claims hold up when checked?" },
  sourcing: { label: "Sourcing", question: "Does it name and link its sources, and are they primary?" },
  corrections: { label: "Corrections", question: "Does it correct errors openly and promptly?" },
  "ownership-transparency": { label: "Ownership transparency", question: "Does it say who owns and funds it?" },
  "state-independence": { label: "Independence from the state", question: "Is its editorial line free of state control?" },
};

export const GRADES = [5, 4, 3, 2, 1] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = { 5: "Strong", 4: "Good", 3: "Mixed", 2: "Weak", 1: "Poor" };

export function isOutletCriterion(value: unknown): value is OutletCriterion {
  return typeof value === "string" && (OUTLET_CRITERIA as readonly string[]).includes(value);
}
