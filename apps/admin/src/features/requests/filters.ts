import { REQUESTER_TYPES, type RequesterType } from '@blk/domain';

/** The request list's filters, as kept in the page's URL (so a view can be shared). */
export interface RequestFilters {
  state?: string;
  region?: string;
  program?: string;
  type?: RequesterType;
  from?: string;
  to?: string;
  overdue?: boolean;
  q?: string;
}

export type RequestSort = 'SUBMITTED_NEWEST' | 'SUBMITTED_OLDEST' | 'DUE_SOONEST';
export const SORTS: readonly RequestSort[] = [
  'SUBMITTED_NEWEST',
  'SUBMITTED_OLDEST',
  'DUE_SOONEST',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams): RequestFilters {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const type = get('type');
  const from = get('from');
  const to = get('to');
  return {
    state: get('state'),
    region: get('region'),
    program: get('program'),
    type: REQUESTER_TYPES.find((t) => t === type),
    from: from && ISO_DATE.test(from) ? from : undefined,
    to: to && ISO_DATE.test(to) ? to : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    q: get('q'),
  };
}

export function sortFromParams(params: URLSearchParams): RequestSort {
  return SORTS.find((s) => s === params.get('sort')) ?? 'SUBMITTED_NEWEST';
}

/** The `filter` argument of `trainingRequests`. */
export function toGraphqlFilter(f: RequestFilters) {
  return {
    states: f.state ? [f.state] : null,
    regionPrefix: f.region ?? null,
    programId: f.program ?? null,
    requesterTypes: f.type ? [f.type] : null,
    submittedFrom: f.from ?? null,
    submittedTo: f.to ?? null,
    overdueOnly: f.overdue ?? null,
    search: f.q ?? null,
  };
}

/** The query string of `/exports/requests.csv|xlsx` for the same filters. */
export function toExportQuery(f: RequestFilters): string {
  const q = new URLSearchParams();
  if (f.state) q.set('state', f.state);
  if (f.region) q.set('regionPrefix', f.region);
  if (f.program) q.set('programId', f.program);
  if (f.type) q.set('requesterType', f.type);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.overdue) q.set('overdue', 'true');
  if (f.q) q.set('q', f.q);
  const s = q.toString();
  return s ? `?${s}` : '';
}
