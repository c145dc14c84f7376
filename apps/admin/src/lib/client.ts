import type { Lang } from '@blk/domain';
import { type Cache, cacheExchange, type Data } from '@urql/exchange-graphcache';
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
  'RequestEventDetail',
  'Attention',
  'StepLoad',
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
  'ParticipantImportReport',
  'ParticipantImportRow',
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
  'IdempotencyKeyReusedError',
  'ClassFinishedError',
  'PerformanceReport',
  'ComplianceRate',
  'SlaComplianceRow',
  'IkmSummary',
  'IkmElement',
  'PeriodSatisfaction',
  'ProfileSatisfaction',
  'IkmSettings',
  'RequestCount',
  'QueryFeedbackInboxConnection',
  'QueryFeedbackInboxConnectionEdge',
  'ServiceStandardComponentContent',
  'ServiceStandardPreview',
  'CompetencyUnit',
  'QueryAllProgramsConnection',
  'QueryAllProgramsConnectionEdge',
  'QueryInstructorsConnection',
  'QueryInstructorsConnectionEdge',
] as const;

/**
 * The one interface the admin documents spread fragments on (`... on Error`), with its members
 * from schema.graphql (client.test.ts checks the list). Without it graphcache guesses from the
 * fields already cached and drops the message of a refusal.
 */
export const ERROR_TYPES = [
  'ClassFinishedError',
  'IdempotencyKeyReusedError',
  'OperationError',
  'ScheduleConflictError',
  'SopProblemsError',
  'TransitionRefusedError',
  'ValidationError',
] as const;

const keys = {
  ...Object.fromEntries(EMBEDDED.map((name) => [name, () => null])),
  Region: (r: Data) => (typeof r.code === 'string' ? r.code : null),
  Holiday: (h: Data) => (typeof h.date === 'string' ? h.date : null),
};

/** Lists that change when a request moves: refetched after any transition. */
const REQUEST_LISTS = new Set(['myWork', 'trainingRequests']);

/** After a complaint is answered or closed, the inbox (filtered by status) is refetched. */
function invalidateInbox(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'feedbackInbox') {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** After an SOP version is drafted or put in force, the lists and the SOP in force are refetched. */
function invalidateSop(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'sopVersions' || field.fieldName === 'sopInForce') {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

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
        possibleTypes: { Error: [...ERROR_TYPES] },
        updates: {
          Mutation: {
            respondToFeedback: (_result, _args, cache) => invalidateInbox(cache),
            closeFeedback: (_result, _args, cache) => invalidateInbox(cache),
            draftSopVersion: (_result, _args, cache) => invalidateSop(cache),
            publishSopVersion: (_result, _args, cache) => invalidateSop(cache),
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
