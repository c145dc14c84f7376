import possibleTypes from 'virtual:possible-types';
import type { Lang } from '@blk/domain';
import {
  type Cache,
  type CacheExchangeOpts,
  cacheExchange,
  type Data,
  offlineExchange,
  type StorageAdapter,
} from '@urql/exchange-graphcache';
import type { DefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { Client, type Exchange, fetchExchange } from 'urql';
import { fromPromise, mergeMap, pipe } from 'wonka';

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
  'RevokedDevice',
  'Kejuruan',
  'Attendance',
  'AttendanceMark',
  'ParticipantImportReport',
  'ParticipantImportRow',
  'QueryMyWorkConnection',
  'QueryMyWorkConnectionEdge',
  'QueryTrainingRequestsConnection',
  'QueryTrainingRequestsConnectionEdge',
  'QueryProgramsConnection',
  'QueryProgramsConnectionEdge',
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

const keys = {
  // Errors (every type implementing Error) live inside the mutation result that returned them.
  ...Object.fromEntries(
    [...EMBEDDED, ...(possibleTypes.Error ?? [])].map((name) => [name, () => null]),
  ),
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
 * Days the persisted cache keeps what was read: a training lasts up to 3 weeks, and the
 * instructor reads the class without signal for all of it.
 */
export const OFFLINE_CACHE_DAYS = 21;

let storage: StorageAdapter | null = null;
let defaultStorage: Promise<DefaultStorage> | null = null;

/** graphcache's IndexedDB storage, loaded after the first screen (it is not needed to paint). */
function loadStorage(): Promise<DefaultStorage> {
  defaultStorage ??= import('@urql/exchange-graphcache/default-storage').then((m) =>
    m.makeDefaultStorage({ idbName: 'blk-admin-graphcache', maxAge: OFFLINE_CACHE_DAYS }),
  );
  return defaultStorage;
}

/**
 * The normalised cache persisted in IndexedDB (graphcache's default storage), so what was read
 * online (the viewer, the instructor's classes with participants, days and program) opens
 * again without signal, after a reload or a restart. One per page; null without IndexedDB.
 * Neither read ever fails: without a stored cache the app starts empty.
 */
function offlineStorage(): StorageAdapter | null {
  if (typeof indexedDB === 'undefined') return null;
  storage ??= {
    readData: () =>
      loadStorage()
        .then((s) => s.readData())
        .catch(() => ({})),
    writeData: (delta) => loadStorage().then((s) => s.writeData(delta)),
    readMetadata: () =>
      loadStorage()
        .then((s) => s.readMetadata?.() ?? null)
        .catch(() => null),
    writeMetadata: (json) => void loadStorage().then((s) => s.writeMetadata?.(json)),
    onOnline: (cb) => void loadStorage().then((s) => s.onOnline?.(cb)),
  };
  return storage;
}

/**
 * The longest the app waits for the stored cache before it asks the server anyway (an IndexedDB
 * that never answers must not hold the app on its loader).
 */
export const RESTORE_TIMEOUT_MS = 5_000;

/**
 * Holds every operation until the stored cache has been read back into memory. graphcache writes
 * a result that arrives while it is still reading the stored cache into a layer it never
 * persists: a class read online just after the page loaded was gone after a reload without
 * signal ("Kelas ini tidak ditemukan", seen in CI), and a read made then would miss. Waiting
 * costs one IndexedDB read when the page starts; screens show their loader meanwhile.
 */
function afterRestore(restored: Promise<void>): Exchange {
  const ready = Promise.race([
    restored,
    new Promise<void>((resolve) => setTimeout(resolve, RESTORE_TIMEOUT_MS)),
  ]);
  return ({ forward }) =>
    (operations$) =>
      forward(
        pipe(
          operations$,
          mergeMap((operation) => fromPromise(ready.then(() => operation))),
        ),
      );
}

/** Forgets everything read (signing out): personal data of a class does not stay on a device. */
export async function clearOfflineCache(): Promise<void> {
  if (typeof indexedDB !== 'undefined') await (await loadStorage()).clear();
}

/**
 * The urql client: POST only (the API's CSRF guard refuses simple GETs), the session cookie
 * same-origin, and the language in Accept-Language so server messages come localised.
 */
export function createClient(lang: Lang): Client {
  const options: CacheExchangeOpts = {
    keys,
    // Every interface and union with its members, made from schema.graphql at build time: the
    // client carries no schema, and without them graphcache guesses from the fields already
    // cached and drops the message of a refusal selected through `... on Error`.
    possibleTypes,
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
  };
  const persisted = offlineStorage();
  let restore = () => {};
  const restored = new Promise<void>((resolve) => {
    restore = resolve;
  });
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'accept-language': lang },
    }),
    exchanges: persisted
      ? [
          afterRestore(restored),
          // Without signal the offline exchange answers reads from the persisted cache. No
          // mutation has an optimistic update, so it never queues one itself: class changes wait
          // in the device's own queue (features/offline), with their client ids.
          offlineExchange({ ...options, storage: { ...persisted, onCacheHydrated: restore } }),
          fetchExchange,
        ]
      : [cacheExchange(options), fetchExchange],
  });
}
