// The look of the outlet forms, shared so every field and button of the page matches the event
// page's review tools.

export const fieldClass =
  "w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

export const labelClass = "block text-xs font-medium text-zinc-600";

const buttonBase = "inline-flex shrink-0 items-center justify-center whitespace-nowrap rounded-md font-medium disabled:cursor-wait disabled:opacity-60";

export const primaryButtonClass = `${buttonBase} h-8 px-3 text-sm border border-accent bg-accent text-white shadow-sm hover:bg-accent-strong`;
export const secondaryButtonClass = `${buttonBase} h-8 px-3 text-sm border border-zinc-300 bg-white text-zinc-800 shadow-xs hover:border-accent hover:text-accent`;
export const smallButtonClass = `${buttonBase} h-7 px-2.5 text-xs border border-zinc-300 bg-white text-zinc-700 shadow-xs hover:border-accent hover:text-accent`;
export const dangerButtonClass = `${buttonBase} h-7 px-2.5 text-xs border border-red-300 bg-white text-red-700 shadow-xs hover:border-red-500 hover:bg-red-50`;
