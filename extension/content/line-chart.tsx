/** A small line of values against a dashed baseline, coloured by where it ends against it (the card's two charts). */

export function LineChart(props: {
  values: number[];
  baseline?: number;
  width: number;
  height: number;
  /** The chart's class (`spark`, `since-line`); the direction is added to it. */
  name: string;
  label: string;
}) {
  const { values, baseline, width, height } = props;
  const low = Math.min(...values, baseline ?? Infinity);
  const high = Math.max(...values, baseline ?? -Infinity);
  const span = high - low || 1;
  const y = (value: number) => (height - 2 - ((value - low) / span) * (height - 4)).toFixed(1);
  const step = width / Math.max(1, values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v)}`).join(' ');
  const last = values[values.length - 1];
  const direction = baseline === undefined || last === baseline ? 'flat' : last > baseline ? 'up' : 'down';
  return (
    <svg
      class={`${props.name} ${direction}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={props.label}
    >
      {baseline !== undefined ? <line class="baseline" x1="0" x2={width} y1={y(baseline)} y2={y(baseline)} /> : null}
      <polyline points={points} />
    </svg>
  );
}
