import { secondaryButtonClass } from "./form-styles";

export interface ConflictField {
  label: string;
  theirs: string;
  yours: string;
}

interface ConflictPanelProps {
  message: string;
  /** the stored version, when the server sent it; null when only a reload can tell */
  theirsVersion: number | null;
  fields: ConflictField[];
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * Another reviewer saved first: the server's message, then the stored value beside the unsaved
 * one, field by field, as plain text. Nothing typed is lost until the reviewer chooses.
 */
export function ConflictPanel({ message, theirsVersion, fields, pending, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="outlet-conflict">
      <p className="font-medium text-amber-900">{message}</p>
      {theirsVersion !== null ? (
        <>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            <Version title={`Stored now (version ${theirsVersion})`} fields={fields} side="theirs" />
            <Version title="Yours (not saved)" fields={fields} side="yours" />
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={onKeepMine} disabled={pending} className={secondaryButtonClass}>
              Save mine as version {theirsVersion + 1}
            </button>
            <button type="button" onClick={onTakeTheirs} disabled={pending} className={secondaryButtonClass}>
              Discard mine, edit the stored one
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

function Version({ title, fields, side }: { title: string; fields: ConflictField[]; side: "theirs" | "yours" }) {
  return (
    <div className="min-w-0 rounded border border-amber-200 bg-white p-2.5" data-testid={`conflict-${side}`}>
      <p className="mb-1.5 text-xs font-semibold tracking-wide text-zinc-600 uppercase">{title}</p>
      <dl className="space-y-1.5">
        {fields.map((field) => (
          <div key={field.label}>
            <dt className="text-xs text-zinc-500">{field.label}</dt>
            <dd className="max-h-48 overflow-auto text-sm whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere]">{(side === "theirs" ? field.theirs : field.yours) || "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
