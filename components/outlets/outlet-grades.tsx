import { SafeMarkdown } from "@/components/ui/safe-markdown";
import { CRITERION_LABELS } from "@/lib/review/outlet-criteria";
import type { CriterionGrade } from "@/lib/review/outlet-queries";
import { formatWhen } from "./format-when";
import { GradeBadge } from "./grade-badge";
import { GradeEditor } from "./grade-editor";

/** One row per criterion: its question, the grade with its label, the reason, who and when. */
export function OutletGrades({ outletId, grades, canGrade }: { outletId: string; grades: CriterionGrade[]; canGrade: boolean }) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
      {grades.map(({ criterion, current }) => (
        <li key={criterion} className="grid gap-x-6 gap-y-2 px-4 py-3.5 md:grid-cols-[14rem_minmax(0,1fr)]" data-testid={`grade-${criterion}`}>
          <div>
            <h3 className="text-sm font-semibold text-zinc-900">{CRITERION_LABELS[criterion].label}</h3>
            <p className="mt-0.5 text-xs leading-snug text-zinc-600">{CRITERION_LABELS[criterion].question}</p>
          </div>
          <div className="min-w-0">
            {current ? (
              <>
                <div className="flex flex-wrap items-center gap-2">
                  <GradeBadge grade={current.grade} />
                  <span className="text-xs text-zinc-500">
                    {current.updatedBy.name} · <time dateTime={current.updatedAt}>{formatWhen(current.updatedAt)}</time> · version {current.version}
                  </span>
                </div>
                <SafeMarkdown className="mt-1.5 text-zinc-800">{current.reason}</SafeMarkdown>
              </>
            ) : (
              <p className="text-sm text-zinc-500">Not graded yet.</p>
            )}
            {canGrade ? (
              <GradeEditor outletId={outletId} criterion={criterion} current={current ? { grade: current.grade, reason: current.reason, version: current.version } : null} />
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
