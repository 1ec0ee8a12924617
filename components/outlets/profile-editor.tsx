"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConflictPanel } from "./conflict-panel";
import { OpenInPlace, type InPlaceFormProps } from "./open-in-place";
import { fieldClass, labelClass, primaryButtonClass, secondaryButtonClass } from "./form-styles";
import { conflictCurrent, sendJson } from "./send-json";
import { FormError } from "@/components/ui/form-error";

export interface EditableProfile {
  name: string;
  country: string | null;
  ownership: string | null;
  aliases: string[];
  domains: string[];
  version: number;
}

interface Draft {
  name: string;
  country: string;
  ownership: string;
  aliases: string;
  domains: string;
}

const toDraft = (profile: EditableProfile): Draft => ({
  name: profile.name,
  country: profile.country ?? "",
  ownership: profile.ownership ?? "",
  aliases: profile.aliases.join("\n"),
  domains: profile.domains.join("\n"),
});

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function storedProfile(value: Record<string, unknown>): EditableProfile {
  const list = (item: unknown) => (Array.isArray(item) ? item.map(String) : []);
  const text = (item: unknown) => (typeof item === "string" ? item : null);
  return { name: String(value.name ?? ""), country: text(value.country), ownership: text(value.ownership), aliases: list(value.aliases), domains: list(value.domains), version: Number(value.version) };
}

/** Admins only: the outlet's name, country, ownership, aliases and domains. */
export function ProfileEditor({ outletId, profile }: { outletId: string; profile: EditableProfile }) {
  return (
    <OpenInPlace testId="profile-open" Form={ProfileForm} formProps={{ outletId, profile }}>
      Edit the profile
    </OpenInPlace>
  );
}

function ProfileForm({ id, outletId, profile, onDone }: { outletId: string; profile: EditableProfile } & InPlaceFormProps) {
  const router = useRouter();
  const [baseVersion, setBaseVersion] = useState(profile.version);
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ message: string; theirs: EditableProfile | null } | null>(null);
  const [pending, setPending] = useState(false);

  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((previous) => ({ ...previous, [field]: event.target.value }));

  async function save(expectedVersion: number) {
    setPending(true);
    setError(null);
    const result = await sendJson<{ version: number }>(`/api/outlets/${encodeURIComponent(outletId)}`, "PATCH", {
      name: draft.name,
      country: draft.country.trim() || null,
      ownership: draft.ownership.trim() || null,
      aliases: lines(draft.aliases),
      domains: lines(draft.domains),
      expectedVersion,
    });
    setPending(false);
    if (result.ok) {
      router.refresh();
      onDone(`Saved as version ${result.data.version}.`);
      return;
    }
    if (result.error.code === "VERSION_CONFLICT") {
      const stored = conflictCurrent(result.error);
      setConflict({ message: result.error.message, theirs: stored ? storedProfile(stored) : null });
      router.refresh();
      return;
    }
    setError(result.error.message);
  }

  const theirs = conflict?.theirs ? toDraft(conflict.theirs) : null;
  return (
    <form
      id={id}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(baseVersion);
      }}
      aria-label="Edit the outlet profile"
      className="space-y-3"
      data-testid="profile-form"
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-name`} className={labelClass}>
          Name
        </label>
        <input id={`${id}-name`} value={draft.name} onChange={set("name")} maxLength={200} required autoFocus className={fieldClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-country`} className={labelClass}>
          Country <span className="font-normal text-zinc-500">(ISO code, e.g. IR)</span>
        </label>
        <input id={`${id}-country`} value={draft.country} onChange={set("country")} maxLength={100} className={fieldClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-ownership`} className={labelClass}>
          Ownership
        </label>
        <textarea id={`${id}-ownership`} rows={2} value={draft.ownership} onChange={set("ownership")} maxLength={2000} className={fieldClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-aliases`} className={labelClass}>
          Aliases <span className="font-normal text-zinc-500">(one per line)</span>
        </label>
        <textarea id={`${id}-aliases`} rows={Math.min(8, Math.max(3, profile.aliases.length + 1))} value={draft.aliases} onChange={set("aliases")} className={fieldClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-domains`} className={labelClass}>
          Domains <span className="font-normal text-zinc-500">(one per line, like presstv.ir)</span>
        </label>
        <textarea id={`${id}-domains`} rows={2} value={draft.domains} onChange={set("domains")} className={`${fieldClass} font-mono text-[0.8125rem]`} />
      </div>
      <FormError message={error} testId="outlet-form-error" />
      {conflict ? (
        <ConflictPanel
          message={conflict.message}
          theirsVersion={conflict.theirs?.version ?? null}
          pending={pending}
          fields={(["name", "country", "ownership", "aliases", "domains"] as const).map((field) => ({
            label: field[0]!.toUpperCase() + field.slice(1),
            theirs: theirs?.[field] ?? "",
            yours: draft[field],
          }))}
          onKeepMine={() => conflict.theirs && void save(conflict.theirs.version)}
          onTakeTheirs={() => {
            if (!conflict.theirs) return;
            setBaseVersion(conflict.theirs.version);
            setDraft(toDraft(conflict.theirs));
            setConflict(null);
          }}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Saving…" : "Save the profile"}
        </button>
        <button type="button" onClick={() => onDone(null)} disabled={pending} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
    </form>
  );
}
