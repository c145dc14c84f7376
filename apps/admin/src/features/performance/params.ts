export type ReportPeriod = 'month' | 'quarter' | 'semester';
export const PERIODS: readonly ReportPeriod[] = ['month', 'quarter', 'semester'];

export interface ReportParams {
  from: string;
  to: string;
  period: ReportPeriod;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The current calendar year in WIB. */
function currentYear(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(
    now,
  );
}

/** The report window from the URL; by default the current year, split by month. */
export function paramsFromSearch(search: URLSearchParams, now = new Date()): ReportParams {
  const year = currentYear(now);
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const period = PERIODS.find((p) => p === search.get('period')) ?? 'month';
  return {
    from: ISO_DATE.test(from) ? from : `${year}-01-01`,
    to: ISO_DATE.test(to) ? to : `${year}-12-31`,
    period,
  };
}

/** The query string of `/exports/performance.csv|xlsx` for the same window. */
export function exportQuery(p: ReportParams): string {
  return `?${new URLSearchParams({ from: p.from, to: p.to, period: p.period }).toString()}`;
}
