import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import {
  lenientRequestFilter,
  REQUEST_SEARCH_MAX,
  requestFilterFromParams,
  requestFilterSchema,
  requestFilterToParams,
} from './request-filter';

const PROGRAM = '0b7c3f0e-5d7a-4f5e-9a39-3a1f8c2b6d10';

describe('requestFilterSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ states: ['diterima', 'verifikasi'] }, 'ok'],
    [{ states: [''] }, 'states.0: too_small'],
    [{ regionPrefix: '19' }, 'ok'],
    [{ regionPrefix: '19.02.01.2001' }, 'ok'],
    [{ regionPrefix: '19.2' }, 'regionPrefix: region.invalid_code'],
    [{ regionPrefix: '19.02.01.20' }, 'regionPrefix: region.invalid_code'],
    [{ programId: PROGRAM }, 'ok'],
    [{ programId: 'abc' }, 'programId: common.invalid_id'],
    [{ requesterTypes: ['desa', 'lapas'] }, 'ok'],
    [{ requesterTypes: ['alien'] }, 'requesterTypes.0: invalid_value'],
    [{ submittedFrom: '2026-03-01', submittedTo: '2026-03-01' }, 'ok'],
    [
      { submittedFrom: '2026-03-02', submittedTo: '2026-03-01' },
      'submittedTo: date.end_before_start',
    ],
    [{ submittedFrom: '2026-02-30' }, 'submittedFrom: date.invalid'],
    [{ overdueOnly: true }, 'ok'],
    [{ overdueOnly: 'yes' }, 'overdueOnly: invalid_type'],
    [{ search: 'Air Anyir' }, 'ok'],
  ])('%j → %s', (input, expected) => {
    expect(firstIssue(requestFilterSchema, input)).toBe(expected);
  });

  it('cuts a long search instead of refusing it, and trims it', () => {
    const parsed = requestFilterSchema.parse({ search: `  ${'a'.repeat(500)}  ` });
    expect(parsed.search).toBe('a'.repeat(REQUEST_SEARCH_MAX));
  });
});

describe('the filter in a query string', () => {
  it('round-trips through the URL the admin list and its export share', () => {
    const filter = requestFilterSchema.parse({
      states: ['diterima'],
      regionPrefix: '19.02',
      programId: PROGRAM,
      requesterTypes: ['desa'],
      submittedFrom: '2026-03-01',
      submittedTo: '2026-03-31',
      overdueOnly: true,
      search: 'Air Anyir',
    });
    const query = requestFilterToParams(filter);
    expect(query).toBe(
      `?state=diterima&region=19.02&program=${PROGRAM}&type=desa&from=2026-03-01&to=2026-03-31&overdue=true&q=Air+Anyir`,
    );
    const back = requestFilterSchema.parse(requestFilterFromParams(new URLSearchParams(query)));
    expect(back).toEqual(filter);
  });

  it('is empty for no filter, and leaves out a false overdueOnly', () => {
    expect(requestFilterToParams({})).toBe('');
    expect(requestFilterToParams({ overdueOnly: false })).toBe('');
  });

  it('reads "false", keeps other text for the schema to refuse, and skips blank values', () => {
    expect(requestFilterFromParams(new URLSearchParams('overdue=false')).overdueOnly).toBe(false);
    expect(requestFilterFromParams(new URLSearchParams('overdue=ya')).overdueOnly).toBe('ya');
    expect(requestFilterFromParams(new URLSearchParams('state=&state=%20')).states).toBeUndefined();
    expect(requestFilterFromParams(new URLSearchParams('state=a&state=b')).states).toEqual([
      'a',
      'b',
    ]);
  });

  it('drops only what is wrong from a shared link', () => {
    expect(
      lenientRequestFilter(new URLSearchParams('state=diterima&region=nope&from=2026-13-01')),
    ).toEqual({ states: ['diterima'] });
    expect(lenientRequestFilter(new URLSearchParams('overdue=ya&q=Koba'))).toEqual({
      search: 'Koba',
    });
  });

  it('drops the end date when the dates are the wrong way round', () => {
    expect(lenientRequestFilter(new URLSearchParams('from=2026-03-02&to=2026-03-01'))).toEqual({
      submittedFrom: '2026-03-02',
    });
  });
});
