import { MAX_EVENT_TITLE_LENGTH } from "@/lib/events/operations/rename-event";
import { ActionForm, type EventActions } from "./action-form";
import { EventCard } from "./event-card";
import { eventChoiceLabel, type EventChoice } from "./event-choice-label";
import { SubmitButton } from "./submit-button";

interface EventReviewToolsProps {
  event: { id: string; title: string; renamed: boolean };
  undoable: { id: string; summary: string; kind: string } | null;
  choices: EventChoice[];
  actions: Pick<EventActions, "rename" | "merge" | "undo">;
}

const fieldClass =
  "h-9 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

/** Undo, rename and merge: the operations on the event as a whole. */
export function EventReviewTools({ event, undoable, choices, actions }: EventReviewToolsProps) {
  return (
    <EventCard title="Review this event" id="review-title" testId="review-tools">
      <div className="space-y-5">
        {undoable && (
          <ActionForm action={actions.undo} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5" testId="undo-form">
            <input type="hidden" name="eventId" value={event.id} />
            <input type="hidden" name="operationId" value={undoable.id} />
            <p className="text-xs font-medium text-amber-900">Latest change</p>
            <p className="mt-0.5 text-sm text-zinc-800" data-testid="undo-summary">
              {undoable.summary}
            </p>
            <div className="mt-2">
              <SubmitButton pendingLabel="Undoing…" size="sm">
                Undo this change
              </SubmitButton>
            </div>
          </ActionForm>
        )}

        <ActionForm action={actions.rename} className="space-y-1.5" testId="rename-form">
          <input type="hidden" name="eventId" value={event.id} />
          <label htmlFor="rename-title" className="block text-xs font-medium text-zinc-600">
            Title
          </label>
          <div className="flex gap-2">
            {/* keyed by the title so a rename elsewhere (undo) shows the new value */}
            <input key={event.title} id="rename-title" name="title" defaultValue={event.title} maxLength={MAX_EVENT_TITLE_LENGTH} className={fieldClass} />
            <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>
          </div>
          <p className="text-xs text-zinc-500">
            {event.renamed ? "Empty the field and rename to give the event its automatic title back." : "The title is the automatic one, taken from an article’s headline."}
          </p>
        </ActionForm>

        <ActionForm action={actions.merge} className="space-y-1.5" testId="merge-form">
          <input type="hidden" name="eventId" value={event.id} />
          <label htmlFor="merge-source" className="block text-xs font-medium text-zinc-600">
            Merge another event into this one
          </label>
          {choices.length === 0 ? (
            <p className="text-xs text-zinc-500">There is no other event yet.</p>
          ) : (
            <>
              <select id="merge-source" name="sourceId" defaultValue="" className={fieldClass} data-testid="merge-select">
                <option value="" disabled>
                  Choose an event…
                </option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {eventChoiceLabel(choice)}
                  </option>
                ))}
              </select>
              <div className="flex items-center justify-between gap-3">
                <p className="text-xs text-zinc-500">Its articles join this event, pinned here; it disappears.</p>
                <SubmitButton pendingLabel="Merging…">Merge</SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </div>
    </EventCard>
  );
}
