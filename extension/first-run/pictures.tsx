/**
 * The first-run page's three pictures, drawn here as inline SVG (no image files): securities
 * highlighted in a page, the card a highlight opens, claims underlined beside the popup. They are
 * decoration: each figure's caption says what it shows, so the SVG is hidden from screen readers.
 */
import type { ComponentChildren } from 'preact';

/** Text lines of a page: grey bars, `widths` of a 200-wide column. */
function Lines({ x, y, widths, gap = 16 }: { x: number; y: number; widths: number[]; gap?: number }) {
  return (
    <>
      {widths.map((w, i) => (
        <rect key={i} class="pic-line" x={x} y={y + i * gap} width={w} height="7" rx="3.5" />
      ))}
    </>
  );
}

/** A highlighted security, as the content script marks it: a tint with an underline. */
function Mark({ x, y, text, width }: { x: number; y: number; text: string; width: number }) {
  return (
    <>
      <rect class="pic-mark" x={x} y={y - 11} width={width} height="15" rx="2" />
      <rect class="pic-mark-line" x={x} y={y + 2} width={width} height="2" />
      <text class="pic-text" x={x + 3} y={y}>
        {text}
      </text>
    </>
  );
}

const Frame = ({ children }: { children: ComponentChildren }) => (
  <svg class="picture" viewBox="0 0 240 150" width="240" height="150" aria-hidden="true" focusable="false">
    <rect class="pic-page" x="1" y="1" width="238" height="148" rx="10" />
    {children}
  </svg>
);

/** A page with its securities highlighted. */
export function HighlightsPicture() {
  return (
    <Frame>
      <Lines x={20} y={20} widths={[150, 200]} />
      <rect class="pic-line" x="20" y="59" width="40" height="7" rx="3.5" />
      <Mark x={66} y={66} text="$BIDU" width={44} />
      <rect class="pic-line" x="116" y="59" width="104" height="7" rx="3.5" />
      <Lines x={20} y={80} widths={[200]} />
      <rect class="pic-line" x="20" y="103" width="90" height="7" rx="3.5" />
      <Mark x={116} y={110} text="600519" width={50} />
      <rect class="pic-line" x="172" y="103" width="48" height="7" rx="3.5" />
      <Lines x={20} y={124} widths={[120]} />
    </Frame>
  );
}

/** A highlight with its card open: price, change and the day's line, in the reader's colours. */
export function CardPicture({ redUp }: { redUp: boolean }) {
  const up = redUp ? 'pic-red' : 'pic-green';
  return (
    <Frame>
      <Lines x={20} y={18} widths={[30]} />
      <Mark x={56} y={25} text="$BIDU" width={44} />
      <rect class="pic-line" x="106" y="18" width="114" height="7" rx="3.5" />
      <rect class="pic-card" x="40" y="38" width="170" height="100" rx="8" />
      <text class="pic-text pic-strong" x="52" y="58">
        BIDU
      </text>
      <rect class="pic-line" x="90" y="51" width="60" height="6" rx="3" />
      <text class="pic-price" x="52" y="84">
        147.00
      </text>
      <text class={`pic-text ${up}`} x="128" y="84">
        +5.00%
      </text>
      <polyline
        class={`pic-spark ${up}`}
        points="52,124 68,118 82,121 96,110 112,114 128,104 144,107 160,98 176,100 196,92"
      />
      <line class="pic-base" x1="52" y1="118" x2="196" y2="118" />
    </Frame>
  );
}

/** Claims underlined in the page by type, and the popup listing them. */
export function ClaimsPicture() {
  const underline = (x: number, y: number, width: number, type: string) => (
    <rect class={`pic-claim ${type}`} x={x} y={y + 9} width={width} height="2" />
  );
  return (
    <Frame>
      <Lines x={16} y={22} widths={[120, 120, 120, 120, 80]} gap={22} />
      {underline(16, 22, 120, 'pic-figure')}
      {underline(16, 44, 70, 'pic-figure')}
      {underline(16, 66, 120, 'pic-forecast')}
      {underline(16, 110, 80, 'pic-comparison')}
      <rect class="pic-card" x="148" y="14" width="80" height="122" rx="6" />
      <rect class="pic-accent" x="156" y="24" width="40" height="6" rx="3" />
      {[42, 66, 90, 114].map((y, i) => (
        <g key={y}>
          <rect
            class={`pic-chip ${['pic-figure', 'pic-figure', 'pic-forecast', 'pic-comparison'][i]}`}
            x="156"
            y={y}
            width="14"
            height="8"
            rx="2"
          />
          <rect class="pic-line" x="174" y={y} width="46" height="6" rx="3" />
          <rect class="pic-line" x="156" y={y + 11} width="56" height="5" rx="2.5" />
        </g>
      ))}
    </Frame>
  );
}
