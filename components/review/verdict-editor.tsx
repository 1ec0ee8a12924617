"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { RATING_SCALE, VERDICT_RATINGS, type VerdictRating } from "@/lib/review/verdict-scale";
import type { EvidenceItem, Verdict, VerdictState } from "@/lib/review/verdict-types";
import { EvidenceInput } from "./evidence-input";
import { RatingBadge } from "./rating-badge";
import { FormError } from "@/components/ui/form-error";
import { useSaveShortcut } from "@/components/ui/use-save-shortcut";

interface VerdictEditorProps {
  target: { eventId: string; rowId: string; articleId: string };
  current: Verdict | null;
}

interface Conflict {
  message: string;
  theirs: Verdict | null;
}

const field = "w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-accent";

/**
 * The verdict form. A save names the version it started from; if another reviewer saved first,
 * the server refuses and this form shows both versions side by side, keeping every word typed
 * here until the reviewer chooses. Ctrl/⌘+Enter saves from anywhere in the form.
 */
export function VerdictEditor({ target, current }: VerdictEditorProps) {
  const router = useRouter();
  const { formRef, onKeyDown: saveShortcut } = useSaveShortcut();
  const [baseVersion, setBaseVersion] = useState<number | null>(current?.version ?? null);
  const [rating, setRating] = useState<VerdictRating | "">(current?.rating ?? "");
  const [summary, setSummary] = useState(current?.summary ?? "");
  const [notes, setNotes] = useState(current?.notes ?? "");
  const [evidence, setEvidence] = useState<EvidenceItem[]>(current?.evidence ?? []);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function save(version: number | null) {
    if (!rating) {
      setError("Choose a rating.");
      return;
    }
    setPending(true);
    setError(null);
    setSaved(null);
    const body = {
      ...target,
      rating,
      summary,
      notes,
      evidence: evidence.map((item) => (item.kind === "file" ? { kind: "file", fileId: item.fileId, note: item.note } : item)),
      expectedVersion: version,
    };
    try {
      const response = await fetch("/api/verdicts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await response.json().catch(() => null)) as { verdict?: Verdict; error?: { code: string; message: string; details?: { current: Verdict | null } } } | null;
      if (response.ok && json?.verdict) {
        setBaseVersion(json.verdict.version);
        setConflict(null);
        setSaved(`Saved as version ${json.verdict.version}.`);
        router.refresh();
      } else if (response.status === 409 && json?.error?.code === "VERSION_CONFLICT") {
        setConflict({ message: json.error.message, theirs: json.error.details?.current ?? null });
      } else {
        setError(json?.error?.message ?? `The verdict was not saved (${response.status}).`);
      }
    } catch {
      setError("The server could not be reached; nothing was saved. Your text is still here.");
    }
    setPending(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(baseVersion);
  }


  function takeTheirs(theirs: Verdict) {
    setBaseVersion(theirs.version);
    setRating(theirs.rating);
    setSummary(theirs.summary);
    setNotes(theirs.notes);
    setEvidence(theirs.evidence);
    setConflict(null);
    router.refresh();
  }

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={saveShortcut} className="space-y-4" data-testid="verdict-form" aria-describedby="verdict-shortcut">
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-zinc-800">Rating</legend>
        <div className="grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3">
          {VERDICT_RATINGS.map((value) => (
            <label key={value} className={`flex cursor-pointer items-start gap-2 rounded-md border px-2.5 py-2 text-sm ${rating === value ? "border-accent bg-accent-soft" : "border-zinc-200 bg-white hover:border-zinc-300"}`}>
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} className="mt-0.5" />
              <span>
                <span className="font-medium">{RATING_SCALE[value].label}</span>
                <span className="block text-xs text-zinc-600">{RATING_SCALE[value].description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor="verdict-summary" className="block text-sm font-medium text-zinc-800">
          Summary <span className="font-normal text-zinc-500">(one or two sentences, shown in reports)</span>
        </label>
        <textarea id="verdict-summary" name="summary" rows={2} value={summary} onChange={(event) => setSummary(event.target.value)} className={field} maxLength={2000} />
      </div>
      <EvidenceInput items={evidence} onChange={setEvidence} />
      <div className="space-y-1.5">
        <label htmlFor="verdict-notes" className="block text-sm font-medium text-zinc-800">
          Notes <span className="font-normal text-zinc-500">(Markdown; HTML is shown as text)</span>
        </label>
        <textarea id="verdict-notes" name="notes" rows={5} value={notes} onChange={(event) => setNotes(event.target.value)} className={`${field} font-mono text-[0.8125rem]`} maxLength={20000} />
      </div>
      <FormError message={error} />
      {conflict ? <ConflictPanel conflict={conflict} yours={{ rating: rating || "unverifiable", summary, notes, evidence }} onKeepMine={(version) => save(version)} onTakeTheirs={takeTheirs} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="h-9 rounded-md border border-accent bg-accent px-4 text-sm font-medium text-white shadow-sm hover:bg-accent-strong disabled:opacity-60">
          {pending ? "Saving…" : current || baseVersion ? "Save a new version" : "Save the verdict"}
        </button>
        <span id="verdict-shortcut" className="text-xs text-zinc-500">
          Ctrl+Enter saves
        </span>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            {saved}
          </span>
        ) : null}
      </div>
    </form>
  );
}

function ConflictPanel(props: { conflict: Conflict; yours: VerdictState; onKeepMine: (version: number) => void; onTakeTheirs: (theirs: Verdict) => void }) {
  const { theirs } = props.conflict;
  return (
    <section role="alert" aria-label="Conflicting save" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="verdict-conflict">
      <p className="font-medium text-amber-900">{props.conflict.message}</p>
      {theirs ? (
        <>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            <Version title={`Saved by ${theirs.updatedBy.name} (version ${theirs.version})`} state={theirs} />
            <Version title="Yours (not saved)" state={props.yours} />
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={() => props.onKeepMine(theirs.version)} className="h-8 rounded-md border border-accent bg-white px-3 text-sm text-accent hover:bg-accent-soft">
              Save mine as version {theirs.version + 1}
            </button>
            <button type="button" onClick={() => props.onTakeTheirs(theirs)} className="h-8 rounded-md border border-zinc-300 bg-white px-3 text-sm hover:border-zinc-400">
              Discard mine, edit theirs
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function Version({ title, state }: { title: string; state: VerdictState }) {
  return (
    <div className="rounded border border-amber-200 bg-white p-2.5">
      <p className="mb-1 text-xs font-semibold text-zinc-600 uppercase">{title}</p>
      <p>
        <RatingBadge rating={state.rating} /> <span className="whitespace-pre-wrap">{state.summary}</span>
      </p>
      {state.notes ? <pre className="mt-1 max-h-40 overflow-auto text-xs whitespace-pre-wrap text-zinc-700">{state.notes}</pre> : null}
      <p className="mt-1 text-xs text-zinc-500">{state.evidence.length} evidence item(s)</p>
    </div>
  );
}
