import type { VerdictRevision } from "@/lib/review/verdict-queries";
import type { VerdictState } from "@/lib/review/verdict-types";
import { RatingBadge } from "./rating-badge";
import { RestoreButton } from "./restore-button";

const ACTIONS = { create: "created", update: "edited", restore: "restored an older version", remove: "removed" } as const;

/** Which fields a change touched, in words: the timeline reads without opening each version. */
function changedFields(before: VerdictState | null, after: VerdictState): string[] {
  if (!before) return [];
  const changes: string[] = [];
  if (before.rating !== after.rating) changes.push("rating");
  if (before.summary !== after.summary) changes.push("summary");
  if (before.notes !== after.notes) changes.push("notes");
  if (JSON.stringify(before.evidence) !== JSON.stringify(after.evidence)) changes.push(`evidence (${before.evidence.length} → ${after.evidence.length})`);
  return changes;
}

export function VerdictHistory({ verdictId, revisions, currentVersion, canRestore }: { verdictId: string; revisions: VerdictRevision[]; currentVersion: number; canRestore: boolean }) {
  return (
    <ol className="relative space-y-3 border-l border-zinc-200 pl-4" data-testid="verdict-history">
      {revisions.map((revision) => {
        const changes = changedFields(revision.before, revision.after);
        return (
          <li key={revision.id} className="relative" data-testid="verdict-revision" data-version={revision.version}>
            <span aria-hidden className="absolute top-1.5 -left-[1.3rem] h-2.5 w-2.5 rounded-full border-2 border-white bg-zinc-400" />
            <p className="text-sm">
              <span className="font-medium">Version {revision.version}</span> · {revision.actor.name} {ACTIONS[revision.action]} ·{" "}
              <time dateTime={revision.createdAt} className="text-zinc-600">
                {new Date(revision.createdAt).toISOString().replace("T", " ").slice(0, 16)} UTC
              </time>
              {revision.version === currentVersion ? <span className="ml-2 rounded bg-zinc-200 px-1.5 text-xs">current</span> : null}
            </p>
            <p className="mt-0.5 text-sm text-zinc-700">
              <RatingBadge rating={revision.after.rating} /> <span className="whitespace-pre-wrap">{revision.after.summary}</span>
            </p>
            {changes.length > 0 ? <p className="text-xs text-zinc-500">Changed: {changes.join(", ")}</p> : null}
            {canRestore && revision.version !== currentVersion ? (
              <div className="mt-1">
                <RestoreButton verdictId={verdictId} revisionVersion={revision.version} currentVersion={currentVersion} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
