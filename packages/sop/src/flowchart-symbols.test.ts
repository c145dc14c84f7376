import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  countCrossings,
  offPageConnectorPoints,
  symbolKind,
  symbolOutline,
  symbolSvg,
} from './flowchart-symbols';

describe('symbol geometry', () => {
  it('maps step kinds to the regulation symbols', () => {
    expect(['start', 'process', 'decision', 'end'].map((k) => symbolKind(k as never))).toEqual([
      'terminator',
      'process',
      'decision',
      'terminator',
    ]);
  });

  it('draws a diamond through the box midpoints, boxes with a capsule radius for terminators', () => {
    expect(symbolOutline('decision', 10, 20, 8, 4)).toMatchObject({
      x: 6,
      y: 18,
      points: [
        [10, 18],
        [14, 20],
        [10, 22],
        [6, 20],
      ],
      radius: 0,
    });
    expect(symbolOutline('terminator', 10, 20, 8, 4).radius).toBe(2);
    expect(symbolOutline('process', 10, 20, 8, 4).radius).toBe(0);
    expect(symbolSvg(symbolOutline('decision', 10, 20, 8, 4))).toBe(
      '<polygon class="decision" points="10,18 14,20 10,22 6,20"/>',
    );
    expect(symbolSvg(symbolOutline('terminator', 10, 20, 8, 4))).toBe(
      '<rect class="terminator" x="6" y="18" width="8" height="4" rx="2"/>',
    );
  });

  it('points the off-page connector down and the arrow head along the last segment', () => {
    const c = offPageConnectorPoints(10, 0, 10);
    expect(c).toHaveLength(5);
    expect(c[3]).toEqual([10, 10]);
    expect(
      arrowHead(
        [
          [0, 0],
          [0, 10],
        ],
        4,
        2,
      ),
    ).toEqual([
      [0, 10],
      [-2, 6],
      [2, 6],
    ]);
  });
});

describe('countCrossings', () => {
  it('counts a plus sign once', () => {
    expect(
      countCrossings([
        [
          [0, 5],
          [10, 5],
        ],
        [
          [5, 0],
          [5, 10],
        ],
      ]),
    ).toBe(1);
  });

  it('does not count arrows that only meet at an end or run along each other', () => {
    // A T-junction (a bus joining), a shared end point, and two collinear runs.
    expect(
      countCrossings([
        [
          [0, 5],
          [10, 5],
        ],
        [
          [5, 5],
          [5, 10],
        ],
      ]),
    ).toBe(0);
    expect(
      countCrossings([
        [
          [0, 0],
          [5, 0],
          [5, 5],
        ],
        [
          [10, 0],
          [5, 0],
          [5, 5],
        ],
      ]),
    ).toBe(0);
    expect(
      countCrossings([
        [
          [0, 0],
          [10, 0],
        ],
        [
          [2, 0],
          [8, 0],
        ],
      ]),
    ).toBe(0);
  });

  it('counts every crossing of two orthogonal polylines, none within one polyline', () => {
    const comb: [number, number][] = [
      [0, 0],
      [0, 10],
      [2, 10],
      [2, 0],
      [4, 0],
      [4, 10],
    ];
    expect(
      countCrossings([
        comb,
        [
          [-1, 5],
          [5, 5],
        ],
      ]),
    ).toBe(3);
    expect(countCrossings([comb])).toBe(0);
  });
});
