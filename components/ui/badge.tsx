import type { ReactNode } from "react";

const TONES = {
  neutral: "border-zinc-200 bg-zinc-100 text-zinc-700",
  accent: "border-sky-200 bg-accent-soft text-accent-strong",
  warning: "border-amber-200 bg-amber-50 text-amber-800",
  danger: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`inline-flex items-center whitespace-nowrap rounded border px-1.5 py-px text-[0.72rem] leading-5 font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
