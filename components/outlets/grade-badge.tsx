import { GRADE_LABELS, type Grade } from "@/lib/review/outlet-criteria";

// 1..5 from red to green, with the label always written out: colour is never the only signal
const TONES: Record<Grade, string> = {
  5: "border-emerald-300 bg-emerald-50 text-emerald-800",
  4: "border-teal-200 bg-teal-50 text-teal-800",
  3: "border-amber-200 bg-amber-50 text-amber-800",
  2: "border-orange-300 bg-orange-50 text-orange-800",
  1: "border-red-300 bg-red-50 text-red-800",
};

export function gradeText(grade: Grade): string {
  return `${grade} · ${GRADE_LABELS[grade]}`;
}

export function GradeBadge({ grade }: { grade: Grade }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded border px-1.5 py-px text-xs leading-5 font-semibold ${TONES[grade]}`}>{gradeText(grade)}</span>;
}

/** One criterion in the index's "at a glance" column: the digit, or a dashed box when ungraded. */
export function GradeCell({ grade, label }: { grade: Grade | undefined; label: string }) {
  const description = grade ? `${label}: ${gradeText(grade)}` : `${label}: not graded`;
  return (
    <span
      title={description}
      className={`inline-flex size-6 items-center justify-center rounded border text-xs font-semibold tabular-nums ${grade ? TONES[grade] : "border-dashed border-zinc-300 text-zinc-400"}`}
    >
      <span aria-hidden>{grade ?? "·"}</span>
      <span className="sr-only">{description}</span>
    </span>
  );
}
