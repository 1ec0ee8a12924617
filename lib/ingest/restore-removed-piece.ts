import type { Db } from "../db/client.ts";
import { withLockRetries } from "../db/with-lock-retries.ts";
import { AppError } from "../errors.ts";
import { indexAndLinkCopies } from "./copies/store-copies.ts";
import { countWords, hashContent } from "./ingest-article.ts";
import type { ArticleMetadata, CitedSource, Evidence } from "./types.ts";

const SEPARATOR = "\n\n";

export interface RestoreRemovedPieceOptions {
  articleId: string;
  pieceId: string;
}

/**
 * A reviewer disagrees with the cleaner: the removed block goes back into the text at its
 * original position. Every offset that points into the text after that position (evidence,
 * cited sources, copied passages) moves with it, in one transaction. The raw input is untouched,
 * so nothing is ever lost either way.
 */
export async function restoreRemovedPiece(db: Db, { articleId, pieceId }: RestoreRemovedPieceOptions): Promise<void> {
  await withLockRetries(() => db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { text: true, metadata: true, citedSources: true, removedPieces: { select: { id: true, position: true, text: true, restored: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", `Article ${articleId} does not exist.`);
    const piece = article.removedPieces.find((candidate) => candidate.id === pieceId);
    if (!piece) throw new AppError("NOT_FOUND", `Removed piece ${pieceId} is not part of article ${articleId}.`);
    if (piece.restored) return;

    const stillRemoved = new Set(article.removedPieces.filter((other) => !other.restored).map((other) => other.position));
    const kept = article.text.split(SEPARATOR);
    // Kept blocks fill, in order, the positions that are not removed: find where this one goes.
    let keptBefore = 0;
    for (let position = 0; position < piece.position; position += 1) if (!stillRemoved.has(position)) keptBefore += 1;
    keptBefore = Math.min(keptBefore, kept.length);
    const insertAt = kept.slice(0, keptBefore).reduce((sum, block) => sum + block.length + SEPARATOR.length, 0);
    const inserted = keptBefore < kept.length ? piece.text + SEPARATOR : (kept.length > 0 ? SEPARATOR : "") + piece.text;
    const offsetShift = inserted.length;
    const at = keptBefore < kept.length ? insertAt : article.text.length;
    const text = article.text.slice(0, at) + inserted + article.text.slice(at);
    const shift = (offset: number) => (offset >= at ? offset + offsetShift : offset);

    const metadata = article.metadata as unknown as ArticleMetadata;
    for (const field of Object.values(metadata)) field.evidence = field.evidence.map((evidence: Evidence) => shiftEvidence(evidence, shift));
    const citedSources = (article.citedSources as unknown as CitedSource[]).map((source) => ({ ...source, start: shift(source.start), end: shift(source.end) }));

    await tx.article.update({
      where: { id: articleId },
      data: {
        text,
        wordCount: countWords(text),
        contentHash: hashContent(text),
        metadata: JSON.parse(JSON.stringify(metadata)),
        citedSources: JSON.parse(JSON.stringify(citedSources)),
      },
    });
    await tx.removedPiece.update({ where: { id: pieceId }, data: { restored: true, restoredAt: new Date() } });

    const internal = await tx.copiedPassage.findMany({ where: { articleId, kind: "internal" }, select: { id: true, sourceStart: true, sourceEnd: true } });
    for (const copy of internal) {
      await tx.copiedPassage.update({ where: { id: copy.id }, data: { sourceStart: shift(copy.sourceStart), sourceEnd: shift(copy.sourceEnd) } });
    }
    // Cross-article passages are found again on the new text rather than shifted: the restored
    // block may itself be wire copy.
    await tx.copiedPassage.deleteMany({ where: { kind: "cross", OR: [{ articleId }, { sourceArticleId: articleId }] } });
    await tx.textFingerprint.deleteMany({ where: { articleId } });
    await indexAndLinkCopies(tx, { articleId, text });
  }));
}

function shiftEvidence(evidence: Evidence, shift: (offset: number) => number): Evidence {
  if (evidence.where !== "text" || evidence.start === undefined || evidence.end === undefined) return evidence;
  return { ...evidence, start: shift(evidence.start), end: shift(evidence.end) };
}
