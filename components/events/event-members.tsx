import type { EventMember } from "@/lib/events/event-queries";
import { MAX_EVENT_TITLE_LENGTH } from "@/lib/events/operations/rename-event";
import { ActionForm, type EventActions } from "./action-form";
import type { EventChoice } from "./event-choice-label";
import { EventMemberRow } from "./event-member-row";
import { SubmitButton } from "./submit-button";

interface EventMembersProps {
  eventId: string;
  byOutlet: { outlet: string; members: EventMember[] }[];
  choices: EventChoice[];
  /** null for a role that cannot edit events: no split, move or pin */
  actions: Pick<EventActions, "split" | "move" | "pin"> | null;
}

const SPLIT_FORM_ID = "split-form";

/** The event's articles by outlet, each with why it is here and what a reviewer can do with it. */
export function EventMembers({ eventId, byOutlet, choices, actions }: EventMembersProps) {
  const count = byOutlet.reduce((sum, group) => sum + group.members.length, 0);
  return (
    <section aria-labelledby="members-title" className="space-y-4">
      <div>
        <h2 id="members-title" className="text-lg font-semibold tracking-tight">
          Articles by outlet
        </h2>
        <p className="mt-0.5 text-sm text-zinc-600">Under each article, why the grouper put it here. Tick articles to split them into an event of their own, or move them one by one.</p>
      </div>
      {byOutlet.map((group) => (
        <section key={group.outlet} aria-label={group.outlet} data-testid="outlet-group" className="rounded-lg border border-zinc-200">
          <h3 className="flex items-baseline justify-between border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-sm font-semibold">
            {group.outlet}
            <span className="text-xs font-normal text-zinc-500">{group.members.length === 1 ? "1 article" : `${group.members.length} articles`}</span>
          </h3>
          <ul className="divide-y divide-zinc-100">
            {group.members.map((member) => (
              <EventMemberRow key={member.articleId} eventId={eventId} member={member} choices={choices} actions={actions} splitFormId={count > 1 ? SPLIT_FORM_ID : null} />
            ))}
          </ul>
        </section>
      ))}
      {/* always mounted, so the result of a split that left one article here stays on screen */}
      {actions ? (
      <ActionForm
        id={SPLIT_FORM_ID}
        action={actions.split}
        testId="split-form"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3"
      >
        <input type="hidden" name="eventId" value={eventId} />
        {count > 1 ? (
          <>
            <div className="flex min-w-[16rem] flex-1 flex-col gap-1">
              <label htmlFor="split-title" className="text-xs font-medium text-zinc-600">
                Title of the new event <span className="font-normal text-zinc-500">(optional: the earliest headline otherwise)</span>
              </label>
              <input
                id="split-title"
                name="title"
                maxLength={MAX_EVENT_TITLE_LENGTH}
                className="h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25"
              />
            </div>
            <SubmitButton variant="primary" pendingLabel="Splitting…">
              Split selected into a new event
            </SubmitButton>
          </>
        ) : (
          <p className="text-sm text-zinc-600">One article: nothing to split. To take it elsewhere, use “Move to” above.</p>
        )}
      </ActionForm>
      ) : null}
    </section>
  );
}
