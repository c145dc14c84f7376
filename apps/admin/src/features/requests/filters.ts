import {
  lenientRequestFilter,
  REQUEST_FILTER_PARAMS,
  type RequestFilter,
  requestFilterToParams,
} from '@blk/domain';

/**
 * The request list's filters, kept in the page's URL (so a view can be shared): the shared
 * schema of packages/domain, which the list query, the export and the API read as well.
 */
export type RequestFilters = RequestFilter;

/** URL parameter of each filter (`state`, `region`, `q`, ...). */
export const FILTER_PARAM = REQUEST_FILTER_PARAMS;

export type RequestSort = 'SUBMITTED_NEWEST' | 'SUBMITTED_OLDEST' | 'DUE_SOONEST';
export const SORTS: readonly RequestSort[] = [
  'SUBMITTED_NEWEST',
  'SUBMITTED_OLDEST',
  'DUE_SOONEST',
];

/** The filters of the URL; a value the schema refuses (a mistyped date) is left out. */
export function filtersFromParams(params: URLSearchParams): RequestFilters {
  return lenientRequestFilter(params);
}

export function sortFromParams(params: URLSearchParams): RequestSort {
  return SORTS.find((s) => s === params.get('sort')) ?? 'SUBMITTED_NEWEST';
}

/** The `filter` argument of `trainingRequests`: the same fields, absent ones as null. */
export function toGraphqlFilter(f: RequestFilters) {
  return {
    states: f.states ?? null,
    regionPrefix: f.regionPrefix ?? null,
    programId: f.programId ?? null,
    requesterTypes: f.requesterTypes ?? null,
    submittedFrom: f.submittedFrom ?? null,
    submittedTo: f.submittedTo ?? null,
    overdueOnly: f.overdueOnly ?? null,
    search: f.search ?? null,
  };
}

/** The query string of `/exports/requests.csv|xlsx` for the same filters. */
export function toExportQuery(f: RequestFilters): string {
  return requestFilterToParams(f);
}
