import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { RegionMap, shade } from './region-map';

const COUNTS = [
  { key: '19.01', label: 'Kabupaten Bangka', count: 5 },
  { key: '19.02', label: 'Kabupaten Belitung', count: 4 },
  { key: '19.03', label: 'Kabupaten Bangka Selatan', count: 3 },
  { key: '19.04', label: 'Kabupaten Bangka Tengah', count: 5 },
  { key: '19.05', label: 'Kabupaten Bangka Barat', count: 10 },
  { key: '19.06', label: 'Kabupaten Belitung Timur', count: 0 },
  { key: '19.71', label: 'Kota Pangkal Pinang', count: 3 },
];

function lightness(fill: string | null): number {
  const match = /(\d+)%\)$/.exec(fill ?? '');
  if (!match) throw new Error(`not an hsl fill: ${fill}`);
  return Number(match[1]);
}

describe('RegionMap', () => {
  it('draws the 7 regencies/cities, each with an accessible name carrying its count', () => {
    render(
      <I18nProvider lang="id">
        <RegionMap counts={COUNTS} />
      </I18nProvider>,
    );
    const map = screen.getByRole('figure', { name: /Peta permohonan per kabupaten\/kota/ });
    const regions = within(map).getAllByRole('img');
    expect(regions).toHaveLength(7);
    for (const c of COUNTS) {
      const region = within(map).getByRole('img', { name: `${c.label}: ${c.count} permohonan` });
      expect(region.getAttribute('d')).toMatch(/^M[\d. ]+L/);
    }
    // Every region is labelled on the map itself, too.
    for (const name of ['Bangka', 'Belitung Timur', 'Kota Pangkal Pinang']) {
      expect(map.textContent).toContain(name);
    }
  });

  it('shades by count: more requests, darker fill; none, the palest', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <RegionMap counts={COUNTS} />
      </I18nProvider>,
    );
    const fillOf = (code: string) =>
      lightness(container.querySelector(`path[data-code="${code}"]`)?.getAttribute('fill') ?? null);
    expect(fillOf('19.05')).toBeLessThan(fillOf('19.01'));
    expect(fillOf('19.01')).toBe(fillOf('19.04'));
    expect(fillOf('19.01')).toBeLessThan(fillOf('19.71'));
    expect(fillOf('19.71')).toBeLessThan(fillOf('19.06'));
    expect(fillOf('19.06')).toBe(lightness(shade(0, 10)));
    expect(screen.getByRole('img', { name: 'Kabupaten Bangka Barat: 10 requests' })).toBeTruthy();
  });

  it('draws a missing region as zero and all regions pale when nothing came in', () => {
    const { container } = render(
      <I18nProvider lang="id">
        <RegionMap counts={[]} />
      </I18nProvider>,
    );
    const paths = container.querySelectorAll('path');
    expect(paths).toHaveLength(7);
    expect(new Set([...paths].map((p) => p.getAttribute('fill')))).toEqual(new Set([shade(0, 0)]));
  });
});
