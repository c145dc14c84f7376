import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { PrismaClient } from '@blk/db';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../graphql/context';

/**
 * The public catalogue's executed results, per database and process (issue 16).
 *
 * The catalogue (`programs`, `program`, `kejuruan`) is the same for every anonymous visitor and
 * changes only when staff edit programmes or kejuruan, so an anonymous query made of those fields
 * alone is answered from the result this process last executed for the same document, variables
 * and language. Every catalogue write made through this process clears it at once
 * ({@link forgetCatalogue}); another API process sees the edit within {@link TTL_MS}. Only
 * answers without errors are kept, at most {@link MAX_ENTRIES} per database (the oldest goes).
 */
const CATALOGUE_FIELDS = new Set(['programs', 'program', 'kejuruan', '__typename']);
const TTL_MS = 10_000;
const MAX_ENTRIES = 100;

interface Results {
  /** Bumped by every write, so an answer computed across a write is not kept. */
  generation: number;
  entries: Map<string, { data: Record<string, unknown>; at: number }>;
}

const byDatabase = new WeakMap<PrismaClient, Results>();

function resultsOf(prisma: PrismaClient): Results {
  let results = byDatabase.get(prisma);
  if (!results) {
    results = { generation: 0, entries: new Map() };
    byDatabase.set(prisma, results);
  }
  return results;
}

/** Drops the kept answers after this process changed a programme, its units or a kejuruan. */
export function forgetCatalogue(prisma: PrismaClient): void {
  const results = resultsOf(prisma);
  results.generation++;
  results.entries.clear();
}

/** True for a query whose every root field is a catalogue field. */
function catalogueOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && !s.directives?.length && CATALOGUE_FIELDS.has(s.name.value),
    )
  );
}

/** Answers repeated anonymous catalogue queries from the kept result (see the module comment). */
export const catalogueCachePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    let key: string | undefined;
    let generation = 0;
    return {
      async responseForOperation({ request, operation, contextValue }) {
        const viewer = contextValue.viewer;
        if (viewer.kind !== 'anonymous' || viewer.revokedDevice || request.query === undefined)
          return null;
        if (!catalogueOnly(operation)) return null;
        const results = resultsOf(contextValue.prisma);
        key = `${contextValue.lang}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}\n${request.query}`;
        generation = results.generation;
        const kept = results.entries.get(key);
        if (!kept || Date.now() - kept.at >= TTL_MS) return null;
        key = undefined; // answered from the kept result: nothing to keep again
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: { data: kept.data } },
        };
      },
      async willSendResponse({ response, contextValue }) {
        if (key === undefined || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const results = resultsOf(contextValue.prisma);
        if (errors?.length || !data || results.generation !== generation) return;
        results.entries.delete(key);
        if (results.entries.size >= MAX_ENTRIES) {
          const oldest = results.entries.keys().next().value;
          if (oldest !== undefined) results.entries.delete(oldest);
        }
        results.entries.set(key, { data, at: Date.now() });
      },
    };
  },
};
