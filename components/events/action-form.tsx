"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";

export interface EventActionState {
  error: string | null;
  /** what the operation did, with a link when it created an event elsewhere */
  notice: { text: string; href?: string; linkText?: string } | null;
}

export type EventAction = (previous: EventActionState, formData: FormData) => Promise<EventActionState>;

/** the server actions of the event page, handed down by the route (components never import app/) */
export interface EventActions {
  rename: EventAction;
  merge: EventAction;
  split: EventAction;
  move: EventAction;
  pin: EventAction;
  undo: EventAction;
}

interface ActionFormProps {
  action: EventAction;
  children: ReactNode;
  id?: string;
  className?: string;
  testId?: string;
}

/** A form for one reviewer operation: its error or result shows right under it, never a stack trace. */
export function ActionForm({ action, children, id, className, testId }: ActionFormProps) {
  const [state, formAction] = useActionState(action, { error: null, notice: null });
  return (
    <form id={id} action={formAction} className={className} data-testid={testId}>
      {children}
      {state.error && (
        <p role="alert" data-testid="action-error" className="mt-2 basis-full text-sm text-red-700">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p role="status" data-testid="action-notice" className="mt-2 basis-full text-sm text-emerald-800">
          {state.notice.text}
          {state.notice.href && (
            <>
              {" "}
              <Link href={state.notice.href}>{state.notice.linkText ?? "Open"}</Link>
            </>
          )}
        </p>
      )}
    </form>
  );
}
