"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { restoreRemovedPiece } from "@/lib/ingest/restore-removed-piece";
import type { RestoreState } from "@/components/article/restore-button";
import { authorizeAction } from "@/app/current-user";

const ZRestoreForm = z.object({ articleId: z.string().min(1).max(64), pieceId: z.string().min(1).max(64) });

// POST (server action) – put a removed piece back into the article text
export async function restorePieceAction(_previous: RestoreState, formData: FormData): Promise<RestoreState> {
  try {
    await authorizeAction("article.restore-piece");
  } catch (error) {
    return { error: toAppError(error).message };
  }
  const parsed = ZRestoreForm.safeParse({ articleId: formData.get("articleId"), pieceId: formData.get("pieceId") });
  if (!parsed.success) return { error: "This restore request is incomplete; reload the page and try again." };
  try {
    await restoreRemovedPiece(await getDb(), parsed.data);
  } catch (error) {
    return { error: toAppError(error).message };
  }
  revalidatePath(`/articles/${parsed.data.articleId}`);
  revalidatePath("/articles");
  return { error: null };
}
