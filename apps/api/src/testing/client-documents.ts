import type { DocumentNode } from 'graphql';
import { documentChecker } from '../graphql/query-limits';

/** A document an app made, and where (the stack line of its `graphql()` call). */
export type NotedDocument = { document: DocumentNode; where: string };

/**
 * An app's gql.tada `graphql` that also notes each document it makes in `into`: the apps' tests
 * mock their graphql module with it, load every module, and check what was noted.
 */
export function noting<G extends object>(graphql: G, into: NotedDocument[]): G {
  const make = graphql as unknown as (...args: unknown[]) => DocumentNode;
  const noted = (...args: unknown[]) => {
    const document = make(...args);
    into.push({ document, where: new Error().stack?.split('\n')[2]?.trim() ?? '' });
    return document;
  };
  return Object.assign(noted, graphql) as unknown as G;
}

/** The noted operations (fragments are checked where an operation spreads them). */
export function operationsOf(noted: NotedDocument[]): NotedDocument[] {
  return noted.filter(({ document }) =>
    document.definitions.some((d) => d.kind === 'OperationDefinition'),
  );
}

/** The operations the server would refuse, with why (empty when every one would run). */
export function refusedOperations(noted: NotedDocument[], schemaSdl: string) {
  const check = documentChecker(schemaSdl);
  return operationsOf(noted)
    .map(({ document, where }) => ({ where, problems: check(document) }))
    .filter(({ problems }) => problems.length > 0);
}
