import { MAP_HEIGHT, MAP_WIDTH, REGIONS } from './regions.gen';
import { usePerfText } from './text';

export interface RegionCount {
  key: string | null;
  label: string;
  count: number;
}

/** Fill of a region: from a pale tint (0) to a deep blue (the highest count). */
export function shade(count: number, max: number): string {
  const t = max > 0 ? count / max : 0;
  const lightness = Math.round(96 - t * 62);
  return `hsl(212 70% ${lightness}%)`;
}

/**
 * The 7 regencies/cities of Bangka Belitung, each shaded by its request count and labelled with
 * its name and count. The figures are also in the table beside the map.
 */
export function RegionMap({ counts }: { counts: readonly RegionCount[] }) {
  const t = usePerfText();
  const byCode = new Map(counts.map((c) => [c.key, c]));
  const max = Math.max(0, ...counts.map((c) => c.count));
  return (
    <figure aria-label={t('mapLabel')} style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        style={{ width: '100%', height: 'auto', display: 'block' }}
      >
        <title>{t('mapLabel')}</title>
        {REGIONS.map((region) => {
          const row = byCode.get(region.code);
          const count = row?.count ?? 0;
          const name = row?.label ?? region.name;
          const label = t('regionCount', { name, count });
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG path is not interactive; role img gives each region its accessible name.
            <path
              key={region.code}
              d={region.d}
              role="img"
              aria-label={label}
              data-code={region.code}
              data-count={count}
              fill={shade(count, max)}
              stroke="#1c3d5a"
              strokeWidth={0.8}
              strokeLinejoin="round"
            >
              <title>{label}</title>
            </path>
          );
        })}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the labels repeat the regions' names, nothing here is focusable. */}
        <g aria-hidden="true" fontSize={12} textAnchor="middle" fill="#0b1f33">
          {REGIONS.map((region) => {
            const count = byCode.get(region.code)?.count ?? 0;
            return (
              <text
                key={region.code}
                x={region.labelX}
                y={region.labelY}
                stroke="#fff"
                strokeWidth={3}
                paintOrder="stroke"
                strokeLinejoin="round"
              >
                <tspan x={region.labelX} fontWeight={600}>
                  {region.name}
                </tspan>
                <tspan x={region.labelX} dy="1.2em">
                  {count}
                </tspan>
              </text>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
