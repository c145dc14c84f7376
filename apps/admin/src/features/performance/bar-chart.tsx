export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown at the end of the bar. */
  display: string;
}

/**
 * Plain horizontal SVG bars. Decorative for assistive technology: every chart has its figures in
 * a table beside it.
 */
export function BarChart({ bars, max }: { bars: readonly Bar[]; max?: number }) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value));
  const row = 24;
  const labelW = 230;
  const barW = 260;
  const width = labelW + barW + 60;
  return (
    <svg
      viewBox={`0 0 ${width} ${Math.max(row, bars.length * row)}`}
      aria-hidden="true"
      style={{ width: '100%', height: 'auto', display: 'block' }}
      fontSize={12}
    >
      {bars.map((b, i) => {
        const w = top > 0 ? (b.value / top) * barW : 0;
        const y = i * row;
        const label = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
        return (
          <g key={b.key}>
            <text x={labelW - 6} y={y + 16} textAnchor="end" fill="#212529">
              {label}
            </text>
            <rect x={labelW} y={y + 4} width={w} height={row - 8} rx={2} fill="#1971c2" />
            <text x={labelW + w + 4} y={y + 16} fill="#212529">
              {b.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
