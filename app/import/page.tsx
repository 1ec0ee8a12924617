import { forbidden } from "next/navigation";
import { requireActor } from "@/app/current-user";
import { can } from "@/lib/review/roles";
import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { RunList } from "@/components/import/run-status";
import { getDb } from "@/lib/db/client";
import { listImportRuns } from "@/lib/jobs/import-runs";
import { importAction } from "./actions";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requireActor("/import");
  if (!can(actor.role, "article:import")) forbidden();
  const runs = await listImportRuns(await getDb(), { take: 10 });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Bring in the articles to compare, in French or English. Page furniture (menus, share buttons, photo credits, repeated
          paragraphs) is taken out and kept for review; outlet, date, dateline and language are read from the text, each with its evidence.
          A large import (more than 25 items, up to 55 MB, such as a JSONL feed) runs in the background with its own progress page.
        </p>
      </div>
      <ImportForm action={importAction} />
      <RunList runs={runs} />
    </div>
  );
}
