import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendChart, trendPoints } from './trend-chart';

const SLA = [
  { key: '2026-03', rate: { share: 0.5, total: 4 } },
  { key: '2026-01', rate: { share: 1, total: 2 } },
  { key: '2026-02', rate: { share: null, total: 0 } },
];
const IKM = [
  { period: '2026-02', index: { ikm: 81.25, grade: 'B', respondents: 3 } },
  { period: '2026-04', index: { ikm: 90, grade: 'A', respondents: 1 } },
];

describe('trendPoints', () => {
  it('joins SLA and IKM on the period, oldest first, keeping gaps as null', () => {
    expect(trendPoints(SLA, IKM)).toEqual([
      { period: '2026-01', sla: 1, measured: 2, ikm: null, grade: null, respondents: 0 },
      { period: '2026-02', sla: null, measured: 0, ikm: 81.25, grade: 'B', respondents: 3 },
      { period: '2026-03', sla: 0.5, measured: 4, ikm: null, grade: null, respondents: 0 },
      { period: '2026-04', sla: null, measured: 0, ikm: 90, grade: 'A', respondents: 1 },
    ]);
  });
});

describe('TrendChart', () => {
  it('draws one dot per known value and breaks a line where a period has no value', () => {
    const points = trendPoints(
      [
        { key: '2026-01', rate: { share: 1, total: 2 } },
        { key: '2026-02', rate: { share: 0.75, total: 4 } },
        { key: '2026-04', rate: { share: 0.5, total: 2 } },
      ],
      [{ period: '2026-03', index: { ikm: 80, grade: 'B', respondents: 2 } }],
    );
    render(<TrendChart points={points} labels={{ sla: 'SLA', ikm: 'IKM' }} />);
    const chart = screen.getByTestId('trend-chart');
    const sla = chart.querySelectorAll('[data-series="sla"]');
    // 2026-01..02 joined, 2026-03 missing, 2026-04 alone: two pieces, three dots, one line.
    expect(sla).toHaveLength(2);
    expect(chart.querySelectorAll('[data-series="sla"] circle')).toHaveLength(3);
    expect(chart.querySelectorAll('[data-series="sla"] polyline')).toHaveLength(1);
    expect(chart.querySelectorAll('[data-series="ikm"] circle')).toHaveLength(1);
    // 100 % sits on the top grid line, 50 % half-way down the plot.
    const [first] = chart.querySelectorAll('[data-series="sla"] circle');
    expect(Number(first?.getAttribute('cy'))).toBe(12);
  });
});
