/**
 * The hover card's stylesheet, inside its shadow root (`all: initial` cuts off inherited page styles).
 * `all: initial` also resets `display`, which undoes the browser's own `[hidden] { display: none }`
 * for the host and everything inside: the `hidden` rules below restore it, important so that no page
 * rule on the host (whose own styles outrank `:host`) can show a closed card again.
 */
export const CARD_CSS = `
:host { all: initial; }
:host([hidden]), [hidden] { display: none !important; }
.card {
  --up: #137a3f; --down: #c62828; --muted: #55606e; --line: #d5dce5; --link: #0f5fb4; --face: #f3f5f8;
  box-sizing: border-box;
  width: 272px;
  padding: 10px 12px;
  border-radius: 8px;
  background: #ffffff;
  color: #1b2430;
  border: 1px solid var(--line);
  box-shadow: 0 6px 24px rgba(15, 30, 60, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.card.red-up { --up: #c62828; --down: #137a3f; }
.card.dark { background: #1f2630; color: #e8edf3; --line: #3a4452; --muted: #b0bac7; --link: #8cc0f5; --face: #2a323e; }
.card.dark.green-up { --up: #4cc27a; --down: #ff7070; }
.card.dark.red-up { --up: #ff7070; --down: #4cc27a; }
.head { display: flex; align-items: baseline; gap: 8px; justify-content: space-between; }
.symbol { font-weight: 700; font-size: 15px; letter-spacing: 0.02em; }
.market { color: var(--muted); font-size: 12px; }
.name { margin-top: 2px; font-size: 14px; }
.other-name { color: var(--muted); font-size: 12px; }
.former-name { color: var(--muted); font-size: 12px; margin-top: 2px; }
.quote { margin-top: 8px; min-height: 150px; }
.face p { margin: 0; padding: 8px; border-radius: 6px; background: var(--face); color: inherit; font-size: 12.5px; }
.price-row { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; }
.price { font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
.currency { color: var(--muted); font-size: 12px; }
.change { font-weight: 600; font-variant-numeric: tabular-nums; }
.change.up { color: var(--up); }
.change.down { color: var(--down); }
.state { color: var(--muted); font-size: 12px; margin-top: 2px; }
.spark, .spark-space { display: block; width: 100%; height: 40px; margin: 6px 0 4px; }
.spark polyline { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.spark.up polyline { stroke: var(--up); }
.spark.down polyline { stroke: var(--down); }
.spark .baseline { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; opacity: 0.7; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; margin: 0; font-size: 12px; }
.facts div { display: flex; justify-content: space-between; gap: 6px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.source { color: var(--muted); font-size: 11px; margin-top: 4px; }
.sample-data { display: inline-block; margin-inline-start: 6px; padding: 0 5px; border: 1px solid currentColor; border-radius: 3px; font-size: 10px; line-height: 14px; color: var(--muted); }
.since { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); font-size: 12px; font-variant-numeric: tabular-nums; }
.since-label, .since-benchmark { color: var(--muted); }
.since-line { display: block; width: 100%; height: 22px; margin-top: 4px; }
.since-line polyline { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.since-line.up polyline { stroke: var(--up); }
.since-line.down polyline { stroke: var(--down); }
.since-line .baseline { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; opacity: 0.7; }
.since-gap { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
.placeholder { display: block; border-radius: 4px; background: var(--face); }
.price-placeholder { width: 60%; height: 26px; }
.line-placeholder { width: 85%; height: 14px; margin-top: 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.allow { margin-top: 6px; font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--line); background: transparent; color: var(--link); cursor: pointer; }
.links { display: flex; gap: 12px; margin-top: 8px; flex-wrap: wrap; }
.links a { color: var(--link); text-decoration: none; font-size: 12px; }
.links a:hover, .links a:focus-visible, .allow:focus-visible { text-decoration: underline; outline: 2px solid var(--link); outline-offset: 1px; }
`;
