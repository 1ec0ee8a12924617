import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CRITERION_LABELS, GRADE_LABELS, type Grade } from "@/lib/review/outlet-criteria";
import type { FieldChange, OutletHistoryEntry } from "@/lib/review/outlet-queries";
import { formatWhen } from "./format-when";

const ACTION_TONES: Record<OutletHistoryEntry["action"], BadgeTone> = { create: "success", update: "neutral", restore: "accent", remove: "danger" };
const ACTION_LABELS: Record<OutletHistoryEntry["action"], string> = { create: "added", update: "changed", restore: "restored", remove: "removed" };

function subjectLabel(entry: OutletHistoryEntry): string {
  switch (entry.subject.kind) {
    case "profile":
      return "Profile";
    case "grade":
      return `Grade · ${CRITERION_LABELS[entry.subject.criterion].label}`;
    case "note":
      return "Note";
  }
}

/** Stored values as text: grades with their label, lists joined, anything else as written. */
function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (field === "grade" && typeof value === "number" && value in GRADE_LABELS) return `${value} · ${GRADE_LABELS[value as Grade]}`;
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map(String).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

function Change({ change, created }: { change: FieldChange; created: boolean }) {
  const valueClass = "max-h-32 overflow-auto whitespace-pre-wrap rounded px-1.5 py-0.5 text-xs [overflow-wrap:anywhere]";
  return (
    <div className="mt-1.5">
      <p className="text-[0.7rem] font-medium tracking-wide text-zinc-500 uppercase">{change.field}</p>
      {created ? (
        <p className={`${valueClass} bg-zinc-50 text-zinc-800`}>{showValue(change.field, change.after)}</p>
      ) : (
        <div className="space-y-0.5">
          <p className={`${valueClass} bg-red-50 text-red-900 line-through decoration-red-300`}>
            <span className="sr-only">before: </span>
            {showValue(change.field, change.before)}
          </p>
          <p className={`${valueClass} bg-emerald-50 text-emerald-900`}>
            <span className="sr-only">after: </span>
            {showValue(change.field, change.after)}
          </p>
        </div>
      )}
    </div>
  );
}

/** Every save on the profile, the grades and the notes, newest first; old text shown as plain text. */
export function OutletHistory({ history, truncated, liveNoteIds }: { history: OutletHistoryEntry[]; truncated: boolean; liveNoteIds: Set<string> }) {
  if (history.length === 0) return <p className="text-sm text-zinc-500">No change yet: the profile is the gazetteer’s, and nobody has graded or noted this outlet.</p>;
  return (
    <>
      <ol className="space-y-4 border-l border-zinc-200 pl-4 text-sm">
        {history.map((entry) => (
          <li key={entry.id} className="relative" data-testid="outlet-history-entry">
            <span aria-hidden className={`absolute top-1.5 -left-[1.3rem] size-2 rounded-full ${entry.action === "remove" ? "bg-red-400" : "bg-accent"}`} />
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="font-medium text-zinc-900">
                {entry.subject.kind === "note" && liveNoteIds.has(entry.subject.noteId) ? <a href={`#note-${entry.subject.noteId}`}>{subjectLabel(entry)}</a> : subjectLabel(entry)}
              </span>
              <Badge tone={ACTION_TONES[entry.action]}>{ACTION_LABELS[entry.action]}</Badge>
              <span className="text-xs text-zinc-500">v{entry.version}</span>
            </div>
            <p className="mt-0.5 text-xs text-zinc-500">
              {entry.actor.name} · <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt)}</time>
            </p>
            {entry.action === "remove" ? <p className="mt-1 text-xs text-zinc-600">Hidden from the page; its earlier versions stay below.</p> : null}
            {entry.changes.map((change) => (
              <Change key={change.field} change={change} created={entry.action === "create"} />
            ))}
          </li>
        ))}
      </ol>
      {truncated ? <p className="mt-3 text-xs text-zinc-500">Only the latest {history.length} changes are shown.</p> : null}
    </>
  );
}
