"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CRITERION_LABELS, GRADE_LABELS, GRADES, type Grade, type OutletCriterion } from "@/lib/review/outlet-criteria";
import { ConflictPanel } from "./conflict-panel";
import { OpenInPlace, type InPlaceFormProps } from "./open-in-place";
import { fieldClass, labelClass, primaryButtonClass, secondaryButtonClass } from "./form-styles";
import { gradeText } from "./grade-badge";
import { conflictCurrent, sendJson } from "./send-json";
import { FormError } from "@/components/ui/form-error";
import { useSaveShortcut } from "@/components/ui/use-save-shortcut";

interface StoredGrade {
  grade: Grade;
  reason: string;
  version: number;
}

interface GradeEditorProps {
  outletId: string;
  criterion: OutletCriterion;
  current: StoredGrade | null;
}

/** "Grade" / "Change the grade": a button that opens the form in place and gives focus back on close. */
export function GradeEditor({ outletId, criterion, current }: GradeEditorProps) {
  return (
    <div className="mt-2">
      <OpenInPlace testId={`grade-open-${criterion}`} Form={GradeForm} formProps={{ outletId, criterion, current }}>
        {current ? "Change the grade" : "Grade this"}
        <span className="sr-only"> ({CRITERION_LABELS[criterion].label})</span>
      </OpenInPlace>
    </div>
  );
}

interface Conflict {
  message: string;
  theirs: StoredGrade | null;
}

function GradeForm({ id, outletId, criterion, current, onDone }: GradeEditorProps & InPlaceFormProps) {
  const router = useRouter();
  const { formRef, onKeyDown } = useSaveShortcut();
  const [baseVersion, setBaseVersion] = useState<number | null>(current?.version ?? null);
  const [grade, setGrade] = useState<Grade | null>(current?.grade ?? null);
  const [reason, setReason] = useState(current?.reason ?? "");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, setPending] = useState(false);
  const label = CRITERION_LABELS[criterion].label;

  async function save(expectedVersion: number | null) {
    if (grade === null) {
      setError("Choose a grade from 1 (poor) to 5 (strong).");
      return;
    }
    setPending(true);
    setError(null);
    const result = await sendJson<{ id: string; version: number }>(`/api/outlets/${encodeURIComponent(outletId)}/grades`, "POST", { criterion, grade, reason, expectedVersion });
    setPending(false);
    if (result.ok) {
      router.refresh();
      onDone(`Saved as version ${result.data.version}.`);
      return;
    }
    const stored = conflictCurrent(result.error);
    if (result.error.code === "VERSION_CONFLICT") {
      setConflict({ message: result.error.message, theirs: stored ? { grade: stored.grade as Grade, reason: String(stored.reason ?? ""), version: Number(stored.version) } : null });
      // the page behind shows the stored grade too; this form keeps what was typed
      router.refresh();
      return;
    }
    setError(result.error.message);
  }

  function takeTheirs(theirs: StoredGrade) {
    setBaseVersion(theirs.version);
    setGrade(theirs.grade);
    setReason(theirs.reason);
    setConflict(null);
  }


  return (
    <form
      id={id}
      ref={formRef}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(baseVersion);
      }}
      onKeyDown={onKeyDown}
      aria-label={`Grade: ${label}`}
      className="space-y-3 rounded-md border border-zinc-200 bg-zinc-50/70 p-3"
      data-testid={`grade-form-${criterion}`}
    >
      <fieldset>
        <legend className={labelClass}>Grade</legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {GRADES.map((value, index) => (
            <label
              key={value}
              className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/40 ${grade === value ? "border-accent bg-accent-soft text-accent-strong" : "border-zinc-200 bg-white hover:border-zinc-300"}`}
            >
              <input
                type="radio"
                name={`grade-${criterion}`}
                value={value}
                checked={grade === value}
                onChange={() => setGrade(value)}
                autoFocus={grade === null ? index === 0 : grade === value}
                className="accent-accent"
              />
              <span className="tabular-nums">{value}</span>
              <span className="text-zinc-600">{GRADE_LABELS[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-reason`} className={labelClass}>
          Reason <span className="font-normal text-zinc-500">(Markdown; HTML is shown as text)</span>
        </label>
        <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={5000} className={fieldClass} required />
      </div>
      <FormError message={error} testId="outlet-form-error" />
      {conflict ? (
        <ConflictPanel
          message={conflict.message}
          theirsVersion={conflict.theirs?.version ?? null}
          pending={pending}
          fields={[
            { label: "Grade", theirs: conflict.theirs ? gradeText(conflict.theirs.grade) : "", yours: grade ? gradeText(grade) : "" },
            { label: "Reason", theirs: conflict.theirs?.reason ?? "", yours: reason },
          ]}
          onKeepMine={() => conflict.theirs && void save(conflict.theirs.version)}
          onTakeTheirs={() => conflict.theirs && takeTheirs(conflict.theirs)}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Saving…" : "Save the grade"}
        </button>
        <button type="button" onClick={() => onDone(null)} disabled={pending} className={secondaryButtonClass}>
          Cancel
        </button>
        <span className="text-xs text-zinc-500">Ctrl+Enter saves</span>
      </div>
    </form>
  );
}
