import type { Lang } from '@blk/domain';
import { cacheExchange, type Data } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';

/** Types without an id of their own live inside their parent in the normalised cache. */
const EMBEDDED = [
  'AvailableAction',
  'ExpectedStep',
  'FieldIssue',
  'InstructorAssignment',
  'InstructorSuggestion',
  'PageInfo',
  'PublishedSop',
  'RequestEvent',
  'RequestSla',
  'RequestStep',
  'Requester',
  'Role',
  'ScheduleConflict',
  'SopInputSpec',
  'SopTimeStandard',
  'StepSla',
  'TransitionReason',
  'Viewer',
  'ViewerCan',
  'Kejuruan',
  'Attendance',
  'QueryMyWorkConnection',
  'QueryMyWorkConnectionEdge',
  'QueryTrainingRequestsConnection',
  'QueryTrainingRequestsConnectionEdge',
  'QueryProgramsConnection',
  'QueryProgramsConnectionEdge',
  'OperationError',
  'TransitionRefusedError',
  'ValidationError',
  'ScheduleConflictError',
] as const;

const keys = {
  ...Object.fromEntries(EMBEDDED.map((name) => [name, () => null])),
  Region: (r: Data) => (typeof r.code === 'string' ? r.code : null),
};

/** Lists that change when a request moves: refetched after any transition. */
const REQUEST_LISTS = new Set(['myWork', 'trainingRequests']);

/**
 * The urql client: POST only (the API's CSRF guard refuses simple GETs), the session cookie
 * same-origin, and the language in Accept-Language so server messages come localised.
 */
export function createClient(lang: Lang): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'accept-language': lang },
    }),
    exchanges: [
      cacheExchange({
        keys,
        updates: {
          Mutation: {
            transitionTrainingRequest(result, _args, cache) {
              const outcome = result.transitionTrainingRequest as { __typename?: string } | null;
              if (outcome?.__typename !== 'TrainingRequest') return;
              for (const field of cache.inspectFields('Query')) {
                if (REQUEST_LISTS.has(field.fieldName)) {
                  cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
                }
              }
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}
