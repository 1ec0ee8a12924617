"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-accent text-white shadow-sm hover:bg-accent-strong border border-accent",
  secondary: "border border-zinc-300 bg-white text-zinc-800 shadow-xs hover:border-accent hover:text-accent",
} as const;

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof VARIANTS;
  size?: "sm" | "md";
  name?: string;
  value?: string;
}

/** A form's submit button that says what it is doing while the server works. */
export function SubmitButton({ children, pendingLabel, variant = "secondary", size = "md", name, value }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  const sizing = size === "sm" ? "h-7 px-2.5 text-xs" : "h-9 px-3.5 text-sm";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex shrink-0 items-center justify-center whitespace-nowrap rounded-md font-medium disabled:cursor-wait disabled:opacity-60 ${sizing} ${VARIANTS[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
