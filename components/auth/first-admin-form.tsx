"use client";

import { useActionState } from "react";
import type { FirstAdminState } from "@/app/setup/actions";
import { SubmitButton } from "@/components/events/submit-button";
import { FormError } from "@/components/ui/form-error";

const inputClass = "h-10 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-xs focus:border-accent";

export function FirstAdminForm({ action }: { action: (state: FirstAdminState, formData: FormData) => Promise<FirstAdminState> }) {
  const [state, formAction] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="space-y-4">
      <Field id="setupToken" label="Setup token (printed on the server's console)" type="password" autoComplete="off" />
      <Field id="email" label="Email" type="email" autoComplete="username" defaultValue={state.email} />
      <Field id="name" label="Name (shown in history)" type="text" autoComplete="name" defaultValue={state.name} required={false} />
      <Field id="password" label="Password (at least 12 characters, hard to guess)" type="password" autoComplete="new-password" />
      <Field id="confirm" label="Password again" type="password" autoComplete="new-password" />
      <FormError message={state.error} />
      <SubmitButton variant="primary" pendingLabel="Creating…">
        Create the admin account
      </SubmitButton>
    </form>
  );
}

function Field(props: { id: string; label: string; type: string; autoComplete: string; defaultValue?: string; required?: boolean }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.id} className="block text-sm font-medium text-zinc-800">
        {props.label}
      </label>
      <input id={props.id} name={props.id} type={props.type} autoComplete={props.autoComplete} defaultValue={props.defaultValue} required={props.required ?? true} className={inputClass} />
    </div>
  );
}
