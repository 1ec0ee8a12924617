import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatPublished, languageName } from "@/lib/db/present-article";
import type { EventMember } from "@/lib/events/event-queries";
import { ActionForm, type EventActions } from "./action-form";
import { eventChoiceLabel, type EventChoice } from "./event-choice-label";
import { SubmitButton } from "./submit-button";
import { WhyHere } from "./why-here";

interface EventMemberRowProps {
  eventId: string;
  member: EventMember;
  choices: EventChoice[];
  /** null for a role that cannot edit events: the row is read-only */
  actions: Pick<EventActions, "move" | "pin"> | null;
  /** the split form the checkbox belongs to (it sits below the list: forms cannot nest); null when there is nothing to split */
  splitFormId: string | null;
}

const selectClass =
  "h-7 max-w-[22rem] min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

export function EventMemberRow({ eventId, member, choices, actions, splitFormId }: EventMemberRowProps) {
  const checkboxId = `split-${member.articleId}`;
  const headline = member.headline || "(no headline)";
  return (
    <li data-testid="event-member" data-article-id={member.articleId} className="flex gap-3 px-4 py-3">
      {splitFormId && actions ? (
        <input
          id={checkboxId}
          type="checkbox"
          name="articleId"
          value={member.articleId}
          form={splitFormId}
          aria-label={`Select “${headline}” to split it off`}
          className="mt-1 size-4 shrink-0 accent-accent"
          data-testid="split-checkbox"
        />
      ) : (
        <span aria-hidden className="size-4 shrink-0" />
      )}
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <Link
            href={`/articles/${member.articleId}`}
            lang={member.language ?? undefined}
            className="font-serif text-[1.02rem] leading-snug font-medium text-zinc-900 hover:text-accent hover:underline"
          >
            {headline}
          </Link>
          {member.pinned && (
            <Badge tone="accent" title="A reviewer fixed this article to this event: regrouping will not move it.">
              pinned
            </Badge>
          )}
        </div>
        <p className="mt-0.5 text-xs text-zinc-500">
          <span className="tabular-nums">{member.publishedAt ? formatPublished(member.publishedAt, null) : "no date"}</span>
          <span aria-hidden> · </span>
          {languageName(member.language)}
        </p>
        <WhyHere member={member} />
        {actions ? (
        <div className="mt-2 flex flex-wrap items-start gap-2">
          <ActionForm action={actions.pin} className="flex flex-wrap items-center">
            <input type="hidden" name="eventId" value={eventId} />
            <input type="hidden" name="articleId" value={member.articleId} />
            <input type="hidden" name="pinned" value={member.pinned ? "false" : "true"} />
            <SubmitButton size="sm" pendingLabel={member.pinned ? "Unpinning…" : "Pinning…"}>
              {member.pinned ? "Unpin" : "Pin here"}
            </SubmitButton>
          </ActionForm>
          <ActionForm action={actions.move} className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5" testId="move-form">
            <input type="hidden" name="eventId" value={eventId} />
            <input type="hidden" name="articleId" value={member.articleId} />
            <label htmlFor={`move-${member.articleId}`} className="text-xs text-zinc-600">
              Move to
            </label>
            <select id={`move-${member.articleId}`} aria-label={`Move “${headline}” to`} name="toEventId" defaultValue="" className={selectClass} data-testid="move-select">
              <option value="" disabled>
                Choose an event…
              </option>
              <option value="new">A new event of its own</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {eventChoiceLabel(choice)}
                </option>
              ))}
            </select>
            <SubmitButton size="sm" pendingLabel="Moving…">
              Move
            </SubmitButton>
          </ActionForm>
        </div>
        ) : null}
      </div>
    </li>
  );
}
