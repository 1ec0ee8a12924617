import type { ArticleView } from "@/lib/db/present-article";
import { Badge } from "@/components/ui/badge";
import { RestoreButton, type RestoreState } from "./restore-button";

/** Everything the cleaner took out, grouped by why, each piece one click from going back. */
interface RemovedPiecesProps {
  articleId: string;
  groups: ArticleView["removedGroups"];
  restoreAction: (previous: RestoreState, formData: FormData) => Promise<RestoreState>;
}

export function RemovedPieces({ articleId, groups, restoreAction }: RemovedPiecesProps) {
  const count = groups.reduce((sum, group) => sum + group.pieces.filter((piece) => !piece.restored).length, 0);
  return (
    <section aria-labelledby="removed-title" className="space-y-3">
      <div>
        <h2 id="removed-title" className="text-lg font-semibold tracking-tight">
          Removed from the text <span className="font-normal text-zinc-500">({count})</span>
        </h2>
        <p className="mt-0.5 text-sm text-zinc-600">
          Menus, credits, repeats and other page furniture taken out before analysis. Restore a piece if it belongs to the article.
        </p>
      </div>
      {groups.length === 0 ? (
        <p className="text-sm text-zinc-600">Nothing was removed: the input was all article text.</p>
      ) : (
        <div className="divide-y divide-zinc-200 rounded-lg border border-zinc-200">
          {groups.map((group) => {
            const open = group.pieces.filter((piece) => !piece.restored).length;
            return (
              <details key={group.reason} className="group">
                <summary className="flex cursor-pointer items-center gap-2 px-4 py-2.5 text-sm select-none hover:bg-zinc-50">
                  <span aria-hidden className="text-zinc-400 transition-transform group-open:rotate-90">
                    ▸
                  </span>
                  <span className="font-medium">{group.label}</span>
                  <span className="text-zinc-500">
                    {open}
                    {open !== group.pieces.length && ` (+${group.pieces.length - open} restored)`}
                  </span>
                </summary>
                <ul className="space-y-2 px-4 pt-1 pb-4">
                  {group.pieces.map((piece) => (
                    <li
                      key={piece.id}
                      id={`removed-${piece.position}`}
                      data-testid={piece.restored ? "restored-piece" : "removed-piece"}
                      className={`removed-piece rounded-md border px-3 py-2 ${piece.restored ? "border-emerald-200 bg-emerald-50/40" : "border-zinc-200 bg-zinc-50"}`}
                    >
                      <div className="flex items-start justify-between gap-4">
                        <p className="min-w-0 flex-1 font-serif text-[0.9rem] leading-relaxed break-words whitespace-pre-wrap text-zinc-800">{piece.text}</p>
                        {piece.restored ? (
                          <Badge tone="success" title={piece.restoredAt ? `Restored ${piece.restoredAt.slice(0, 16).replace("T", " ")} UTC` : undefined}>
                            restored
                          </Badge>
                        ) : (
                          <RestoreButton articleId={articleId} pieceId={piece.id} action={restoreAction} />
                        )}
                      </div>
                      <p className="mt-1 text-xs text-zinc-500">
                        block {piece.position + 1} of the input · {group.reason}
                        {piece.detail && <> · {piece.detail}</>}
                      </p>
                    </li>
                  ))}
                </ul>
              </details>
            );
          })}
        </div>
      )}
    </section>
  );
}
