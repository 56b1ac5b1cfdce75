/** The hover card's stylesheet, inside its shadow root (`all: initial` cuts off inherited page styles). */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  min-width: 180px;
  max-width: 300px;
  padding: 10px 12px;
  border-radius: 8px;
  background: #ffffff;
  color: #1b2430;
  border: 1px solid #d5dce5;
  box-shadow: 0 6px 24px rgba(15, 30, 60, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.head { display: flex; align-items: baseline; gap: 8px; justify-content: space-between; }
.symbol { font-weight: 700; font-size: 15px; letter-spacing: 0.02em; }
.market { color: #5b6777; font-size: 12px; }
.name { margin-top: 2px; font-size: 14px; }
.other-name { color: #5b6777; font-size: 12px; }
.links { display: flex; gap: 12px; margin-top: 8px; }
.links a { color: #0f5fb4; text-decoration: none; font-size: 12px; }
.links a:hover, .links a:focus-visible { text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2630; color: #e8edf3; border-color: #3a4452; }
  .market, .other-name { color: #a9b4c2; }
  .links a { color: #7fb6f0; }
}
`;
