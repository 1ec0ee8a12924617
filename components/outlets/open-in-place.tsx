"use client";

import { useId, useRef, useState, type ComponentType, type ReactNode } from "react";
import { smallButtonClass } from "./form-styles";

export interface InPlaceFormProps {
  /** the button's aria-controls */
  id: string;
  /** called when the form closes, with what it has to say (null: cancelled) */
  onDone: (message: string | null) => void;
}

interface OpenInPlaceProps<P> {
  children: ReactNode;
  testId: string;
  Form: ComponentType<P & InPlaceFormProps>;
  formProps: P;
}

/** A button that opens a form in its place; on close the focus comes back to it, with what the form said. */
export function OpenInPlace<P extends object>({ children, testId, Form, formProps }: OpenInPlaceProps<P>) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = useId();

  function close(message: string | null) {
    setOpen(false);
    setSaved(message);
    requestAnimationFrame(() => toggleRef.current?.focus());
  }

  if (open) return <Form {...formProps} id={formId} onDone={close} />;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={false}
        aria-controls={formId}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
        className={smallButtonClass}
        data-testid={testId}
      >
        {children}
      </button>
      {saved ? (
        <span role="status" className="text-xs text-emerald-700">
          {saved}
        </span>
      ) : null}
    </div>
  );
}
