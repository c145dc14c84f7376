/** One period of the trend: SLA compliance (0–1) and IKM (25–100), either may be missing. */
export interface TrendPoint {
  period: string;
  /** Share of steps ended on time in this period; null when no step was measured. */
  sla: number | null;
  /** Steps measured in this period. */
  measured: number;
  ikm: number | null;
  grade: string | null;
  respondents: number;
}

interface SlaPeriod {
  key: string;
  rate: { share?: number | null; total: number };
}
interface IkmPeriod {
  period: string;
  index: { ikm?: number | null; grade?: string | null; respondents: number };
}

/**
 * Joins SLA compliance and IKM on their period key (both use the API's period keys, which sort
 * as text: 2026-03, 2026-Q2, 2026-S1), oldest first, so one chart can show both over time.
 */
export function trendPoints(
  sla: readonly SlaPeriod[],
  ikm: readonly IkmPeriod[],
): readonly TrendPoint[] {
  const periods = [...new Set([...sla.map((s) => s.key), ...ikm.map((i) => i.period)])].sort();
  return periods.map((period) => {
    const s = sla.find((row) => row.key === period);
    const i = ikm.find((row) => row.period === period);
    return {
      period,
      sla: s?.rate.share ?? null,
      measured: s?.rate.total ?? 0,
      ikm: i?.index.ikm ?? null,
      grade: i?.index.grade ?? null,
      respondents: i?.index.respondents ?? 0,
    };
  });
}

const W = 560;
const H = 220;
const PAD = { left: 36, right: 30, top: 12, bottom: 28 };
export const SLA_COLOUR = '#1971c2';
export const IKM_COLOUR = '#c2255c';

/** Polyline segments of one series on a 0–100 axis; a missing value breaks the line. */
function segments(values: readonly (number | null)[], x: (i: number) => number) {
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  values.forEach((v, i) => {
    if (v == null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([x(i), y(v)]);
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * SLA compliance (%) and IKM per period on one 0–100 axis, as plain SVG lines with dots.
 * Decorative for assistive technology: the same figures are in the table beside it.
 */
export function TrendChart({
  points,
  labels,
}: {
  points: readonly TrendPoint[];
  labels: { sla: string; ikm: string };
}) {
  const span = W - PAD.left - PAD.right;
  const x = (i: number) =>
    PAD.left + (points.length <= 1 ? span / 2 : (i / (points.length - 1)) * span);
  const series = [
    {
      key: 'sla',
      colour: SLA_COLOUR,
      values: points.map((p) => (p.sla == null ? null : p.sla * 100)),
    },
    { key: 'ikm', colour: IKM_COLOUR, values: points.map((p) => p.ikm) },
  ];
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <svg
      viewBox={`0 0 ${W} ${H + 22}`}
      aria-hidden="true"
      style={{ width: '100%', height: 'auto', display: 'block' }}
      fontSize={11}
      data-testid="trend-chart"
    >
      {[0, 25, 50, 75, 100].map((v) => {
        const y = PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
        return (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#dee2e6" />
            <text x={PAD.left - 4} y={y + 4} textAnchor="end" fill="#495057">
              {v}
            </text>
          </g>
        );
      })}
      {points.map((p, i) =>
        i % every === 0 ? (
          <text key={p.period} x={x(i)} y={H - 8} textAnchor="middle" fill="#495057">
            {p.period}
          </text>
        ) : null,
      )}
      {series.map((s) =>
        segments(s.values, x).map((seg) => (
          <g key={`${s.key}-${seg[0]?.[0]}`} data-series={s.key}>
            {seg.length > 1 && (
              <polyline
                points={seg.map(([px, py]) => `${px},${py}`).join(' ')}
                fill="none"
                stroke={s.colour}
                strokeWidth={2}
              />
            )}
            {seg.map(([px, py]) => (
              <circle key={px} cx={px} cy={py} r={3.5} fill={s.colour} />
            ))}
          </g>
        )),
      )}
      <g transform={`translate(${PAD.left}, ${H + 8})`}>
        <rect width={12} height={4} y={2} fill={SLA_COLOUR} />
        <text x={16} y={8} fill="#212529">
          {labels.sla}
        </text>
        <rect x={190} width={12} height={4} y={2} fill={IKM_COLOUR} />
        <text x={206} y={8} fill="#212529">
          {labels.ikm}
        </text>
      </g>
    </svg>
  );
}
