import { forbidden } from "next/navigation";
import { requireActor } from "@/app/current-user";
import { can } from "@/lib/review/roles";
import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { importAction } from "./actions";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requireActor("/import");
  if (!can(actor.role, "article:import")) forbidden();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Bring in the articles to compare, in French or English. Page furniture (menus, share buttons, photo credits, repeated
          paragraphs) is taken out and kept for review; outlet, date, dateline and language are read from the text, each with its evidence.
        </p>
      </div>
      <ImportForm action={importAction} />
    </div>
  );
}
