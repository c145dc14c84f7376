import { z } from 'zod';
import { REQUESTER_TYPES } from '../requester-types';
import { safeString } from '../text';
import { isoDateSchema, optional } from './fields';

/** Longest search text: nothing longer than a name or code can match, so more is cut, not refused. */
export const REQUEST_SEARCH_MAX = 100;

/** A region code or a parent of it: 19, 19.02, 19.02.01 or 19.02.01.2001. */
const regionPrefixSchema = safeString()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'region.invalid_code');

/**
 * The filters of the staff request list: one schema for the admin app's URL, the list query
 * (`trainingRequests(filter:)`), its export (`/exports/requests.csv|xlsx`) and the API, so
 * "export this view" returns exactly the rows of the view. All given filters apply together.
 */
export const requestFilterSchema = z
  .object({
    /** Current step keys (any of). */
    states: optional(z.array(safeString().trim().min(1).max(64)).max(50)),
    /** Role key carrying out the current step (the API only: "my work"). */
    stepRole: optional(safeString().trim().min(1).max(64)),
    /** Region code or a parent of it. */
    regionPrefix: optional(regionPrefixSchema),
    programId: optional(z.uuid({ error: 'common.invalid_id' })),
    /** Requester kinds (any of). */
    requesterTypes: optional(z.array(z.enum(REQUESTER_TYPES)).max(REQUESTER_TYPES.length)),
    /** Submitted on or after this WIB day. */
    submittedFrom: optional(isoDateSchema),
    /** Submitted on or before this WIB day. */
    submittedTo: optional(isoDateSchema),
    /** Only open requests whose current step is past its deadline. */
    overdueOnly: optional(z.boolean()),
    /** Text in the tracking code, organisation, place or (for roles that see it) contact name. */
    search: optional(
      safeString()
        .trim()
        .transform((s) => s.slice(0, REQUEST_SEARCH_MAX).trim()),
    ),
  })
  .refine((f) => !f.submittedFrom || !f.submittedTo || f.submittedFrom <= f.submittedTo, {
    message: 'date.end_before_start',
    path: ['submittedTo'],
  });
export type RequestFilter = z.output<typeof requestFilterSchema>;

/**
 * The query-string names of the filters (the admin list's URL and its export link): one value
 * each, as the screen sets one state and one requester kind at a time.
 */
export const REQUEST_FILTER_PARAMS = {
  states: 'state',
  regionPrefix: 'region',
  programId: 'program',
  requesterTypes: 'type',
  submittedFrom: 'from',
  submittedTo: 'to',
  overdueOnly: 'overdue',
  search: 'q',
} as const satisfies Partial<Record<keyof RequestFilter, string>>;

type ParamKey = keyof typeof REQUEST_FILTER_PARAMS;
const PARAM_KEYS = Object.keys(REQUEST_FILTER_PARAMS) as ParamKey[];

/** The raw (unchecked) filter a query string holds; give it to {@link requestFilterSchema}. */
export function requestFilterFromParams(params: URLSearchParams): Record<ParamKey, unknown> {
  const get = (key: ParamKey) => params.get(REQUEST_FILTER_PARAMS[key]) ?? undefined;
  const list = (key: ParamKey) => {
    const values = params.getAll(REQUEST_FILTER_PARAMS[key]).filter((v) => v.trim() !== '');
    return values.length ? values : undefined;
  };
  const overdue = get('overdueOnly');
  return {
    states: list('states'),
    regionPrefix: get('regionPrefix'),
    programId: get('programId'),
    requesterTypes: list('requesterTypes'),
    submittedFrom: get('submittedFrom'),
    submittedTo: get('submittedTo'),
    // Query strings carry text: "true" or "false"; anything else is refused by the schema.
    overdueOnly: overdue === 'true' ? true : overdue === 'false' ? false : overdue,
    search: get('search'),
  };
}

/**
 * The filters a query string holds, dropping what the schema refuses (a shared link with a
 * mistyped date shows the list without that filter rather than an error).
 */
export function lenientRequestFilter(params: URLSearchParams): RequestFilter {
  const raw = requestFilterFromParams(params);
  const kept: Record<string, unknown> = {};
  for (const key of PARAM_KEYS) {
    const one = requestFilterSchema.safeParse({ [key]: raw[key] });
    if (one.success && one.data[key] !== undefined) kept[key] = one.data[key];
  }
  const all = requestFilterSchema.safeParse(kept);
  if (all.success) return all.data;
  const { submittedTo: _dropped, ...rest } = kept;
  return requestFilterSchema.parse(rest);
}

/** The query string of a filter, e.g. `?state=diterima&region=19.02` ('' when empty). */
export function requestFilterToParams(filter: RequestFilter): string {
  const q = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    const value = filter[key];
    if (value === undefined || value === false) continue;
    for (const v of Array.isArray(value) ? value : [value])
      q.append(REQUEST_FILTER_PARAMS[key], String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
