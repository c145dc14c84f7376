import type { Lang } from '@blk/domain';
import { formatDate } from '../../lib/format';

/** A review period as people say it: "1 Juni 2026 – 30 November 2026". */
export function formatPeriod(from: string, to: string, lang: Lang): string {
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}
