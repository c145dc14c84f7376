import possibleTypes from 'virtual:possible-types';
import type { Lang } from '@blk/domain';
import { cacheExchange, type Data, type KeyingConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange } from 'urql';

/** A request that has not answered in this time is treated as a lost connection. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** fetch that gives up after `timeoutMs`, still honouring urql's own abort on teardown. */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('timeout', 'TimeoutError')),
      timeoutMs,
    );
    const outer = init?.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    return fetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  };
}

// Types without an id are stored inside their parent, or keyed by their natural key.
const embedded = () => null;
const by = (field: string) => (data: Data) => {
  const value = data[field];
  return typeof value === 'string' ? value : null;
};
const keys: KeyingConfig = {
  Kejuruan: by('code'),
  Region: by('code'),
  SurveyElement: by('key'),
  TrackedTrainingRequest: by('trackingCode'),
  TrackedFeedback: by('trackingCode'),
  ...Object.fromEntries(
    [
      'CompetencyUnit',
      'ExpectedStep',
      'FieldIssue',
      'PageInfo',
      'PublicPerformance',
      'PublicServiceStandard',
      'PublishedSop',
      'QueryProgramsConnection',
      'QueryProgramsConnectionEdge',
      'RequestTimelineEntry',
      'SatisfactionElementMean',
      'SatisfactionIndex',
      'ServiceStandardComponent',
      'StepCompliance',
      'SubmitFeedbackSuccess',
      'SubmitTrainingRequestSuccess',
      'SurveyAnswerOption',
      'TrackedSchedule',
      'TransitionReason',
      // Errors (every type implementing Error) live inside the result that returned them.
      ...(possibleTypes.Error ?? []),
    ].map((t) => [t, embedded]),
  ),
};

/** The GraphQL client: POST (Apollo's CSRF guard refuses plain GETs), answers in `lang`. */
export function createClient(lang: Lang, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetch: fetchWithTimeout(REQUEST_TIMEOUT_MS),
    fetchOptions: () => ({ headers: { 'accept-language': lang } }),
    exchanges: [
      cacheExchange({
        keys,
        // Every interface and union with its members, made from schema.graphql at build time,
        // so graphcache matches fragments on them exactly instead of guessing.
        possibleTypes,
        resolvers: { Query: { programs: relayPagination() } },
      }),
      fetchExchange,
    ],
  });
}
