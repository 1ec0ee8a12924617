// The report's one stylesheet, inlined so the HTML is a single file that loads nothing: system
// fonts only (Georgia/Liberation Serif for headlines and the reading text, a sans for tables),
// marks and ratings in words and colours both, and print rules (A4, cards and table rows kept
// whole, colours printed) that Chromium's print-to-PDF follows too.

export const REPORT_CSS = `
:root {
  --ink: #18181b; --muted: #52525b; --faint: #71717a; --rule: #d4d4d8; --paper: #ffffff; --wash: #f4f4f5;
  --accent: #9f1239;
  --agree: #166534; --agree-bg: #dcfce7; --conflict: #991b1b; --conflict-bg: #fee2e2;
  --partial: #92400e; --partial-bg: #fef3c7; --single: #1e40af; --single-bg: #dbeafe;
  --serif: Georgia, "Liberation Serif", "DejaVu Serif", "Times New Roman", serif;
  --sans: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
html { background: var(--wash); }
body { margin: 0; color: var(--ink); font: 16px/1.55 var(--serif); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 3rem 3rem; background: var(--paper); }
a { color: #1d4ed8; text-decoration-thickness: 1px; text-underline-offset: 2px; overflow-wrap: anywhere; }
h1, h2, h3, h4 { font-family: var(--serif); line-height: 1.2; margin: 0; }
h2 { font-size: 1.45rem; margin: 2.4rem 0 0.4rem; padding-top: 0.6rem; border-top: 3px solid var(--ink); }
h2 + .section-dek { margin: 0 0 1rem; color: var(--muted); font: 0.9rem/1.45 var(--sans); }
h3 { font-size: 1.12rem; }
.masthead { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; border-bottom: 1px solid var(--ink); padding-bottom: 0.45rem; font: 600 0.78rem/1.2 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; }
.masthead .kicker { color: var(--accent); }
.headline { font-size: 2.3rem; font-weight: 700; letter-spacing: -0.01em; margin: 1.1rem 0 0.7rem; }
.dek { font-size: 1.2rem; line-height: 1.45; color: #3f3f46; margin: 0 0 0.9rem; }
.byline { font: 0.88rem/1.5 var(--sans); color: var(--muted); margin: 0 0 1.4rem; }
.byline strong { color: var(--ink); }
.key-facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); gap: 0; border: 1px solid var(--rule); margin: 0 0 0.5rem; font-family: var(--sans); }
.key-facts div { padding: 0.65rem 0.85rem; border-right: 1px solid var(--rule); }
.key-facts div:last-child { border-right: 0; }
.key-facts dt { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--faint); }
.key-facts dd { margin: 0.15rem 0 0; font-size: 0.95rem; font-weight: 600; }
.mark, .rating { display: inline-block; font: 700 0.7rem/1.35 var(--sans); letter-spacing: 0.04em; text-transform: uppercase; padding: 0.1rem 0.4rem; border-radius: 3px; white-space: nowrap; }
.mark-agree { color: var(--agree); background: var(--agree-bg); }
.mark-conflict { color: var(--conflict); background: var(--conflict-bg); }
.mark-partial { color: var(--partial); background: var(--partial-bg); }
.mark-single, .mark-only { color: var(--single); background: var(--single-bg); }
.mark-omitted { color: var(--faint); background: var(--wash); }
.rating-true { color: #fff; background: #15803d; }
.rating-mostly-true { color: #fff; background: #4d7c0f; }
.rating-mixed { color: #1c1917; background: #facc15; }
.rating-misleading { color: #fff; background: #c2410c; }
.rating-false { color: #fff; background: #b91c1c; }
.rating-unverifiable { color: #fff; background: #52525b; }
.verdict { border: 1px solid var(--rule); border-left: 6px solid var(--faint); padding: 1rem 1.2rem 0.9rem; margin: 0 0 1.1rem; break-inside: avoid; }
.verdict.v-true { border-left-color: #15803d; } .verdict.v-mostly-true { border-left-color: #4d7c0f; } .verdict.v-mixed { border-left-color: #eab308; }
.verdict.v-misleading { border-left-color: #c2410c; } .verdict.v-false { border-left-color: #b91c1c; } .verdict.v-unverifiable { border-left-color: #52525b; }
.verdict-head { display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; margin-bottom: 0.45rem; }
.verdict-head .rating { font-size: 0.85rem; padding: 0.2rem 0.55rem; }
.scale { font: 0.78rem var(--sans); color: var(--faint); }
.verdict h3 .scope { font-weight: 400; color: var(--muted); }
.verdict .summary { font-size: 1.08rem; font-weight: 600; margin: 0.5rem 0; }
.claimed { margin: 0.35rem 0 0.6rem; padding: 0.5rem 0.8rem; background: var(--wash); font: 0.86rem/1.45 var(--sans); list-style: none; }
.claimed li + li { margin-top: 0.2rem; }
.label { font: 700 0.7rem/1.2 var(--sans); text-transform: uppercase; letter-spacing: 0.06em; color: var(--faint); margin: 0.7rem 0 0.2rem; }
.notes { font-size: 0.95rem; }
.notes p { margin: 0.3rem 0; }
.evidence { margin: 0.2rem 0 0.4rem; padding-left: 1.3rem; font-size: 0.92rem; }
.evidence li { margin: 0.25rem 0; }
.evidence blockquote { margin: 0.2rem 0; padding-left: 0.7rem; border-left: 3px solid var(--rule); color: #3f3f46; font-style: italic; }
.evidence .note { color: var(--muted); font: 0.84rem var(--sans); }
.verdict .meta { margin: 0.7rem 0 0; font: 0.8rem/1.45 var(--sans); color: var(--faint); }
table { width: 100%; border-collapse: collapse; font: 0.82rem/1.4 var(--sans); margin: 0 0 1.2rem; }
caption { caption-side: top; text-align: left; font: 600 0.78rem var(--sans); color: var(--muted); padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.4rem 0.45rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); font-size: 0.76rem; }
thead th .sub { display: block; font-weight: 400; color: var(--faint); }
tbody th { font-weight: 600; width: 22%; }
tbody th .mark, tbody th .rating { margin-top: 0.2rem; }
tr { break-inside: avoid; }
table.outlets tbody th { width: 13%; } table.outlets td.article { width: 36%; }
td.cell-conflict { background: #fff5f5; } td.cell-partial { background: #fffbeb; }
td .cell-mark { display: block; font-size: 0.68rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--faint); margin-top: 0.1rem; }
td.cell-conflict .cell-mark { color: var(--conflict); font-weight: 700; } td.cell-partial .cell-mark { color: var(--partial); font-weight: 700; }
td.cell-omitted { color: var(--faint); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.explanation { display: block; font-weight: 400; color: var(--muted); font-size: 0.74rem; margin-top: 0.25rem; }
.diff { margin: 0 0 1rem; break-inside: avoid; }
.diff h3 { font-size: 1rem; margin-bottom: 0.3rem; }
.diff .version { margin: 0.3rem 0; padding: 0.45rem 0.7rem; border-left: 3px solid var(--rule); font-size: 0.95rem; }
.diff .who { display: block; font: 600 0.75rem var(--sans); color: var(--muted); margin-bottom: 0.15rem; }
del { color: var(--conflict); background: #fee2e2; text-decoration: line-through; }
ins { color: var(--agree); background: #dcfce7; text-decoration: underline; }
.legend, .more { font: 0.8rem var(--sans); color: var(--faint); }
.method { font-size: 0.92rem; color: #3f3f46; }
.method li { margin: 0.2rem 0; }
footer { margin-top: 2.5rem; padding-top: 0.7rem; border-top: 1px solid var(--ink); font: 0.78rem/1.5 var(--sans); color: var(--muted); }
.empty { font-style: italic; color: var(--muted); }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html, main { background: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 10.5pt; }
  .headline { font-size: 22pt; }
  h2 { break-after: avoid; }
  h3, .label { break-after: avoid; }
  a { color: inherit; }
  thead { display: table-header-group; }
}
`;
