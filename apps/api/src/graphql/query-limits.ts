import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, type DocumentNode, parse, print, specifiedRules, validate } from 'graphql';

/** Limits that keep one query from exhausting the server (depth, cost, aliases, tokens). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 3_000,
  maxDirectives: 20,
};

/** graphql-armor's rules and plugins at those limits, as the server applies them. */
export function queryArmor() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens itself (the server's parseOptions); armor's plugin re-parses in a
    // hook where any syntax error, not only the token limit, turned into an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Checks a client's documents as the server does, against the schema's SDL (schema.graphql):
 * parsed with the token limit, then GraphQL's own rules (an unused fragment, an unknown field)
 * and armor's limits. Gives why the server would refuse a document; empty when it would run.
 * The apps' tests check every document they define with it.
 */
export function documentChecker(schemaSdl: string): (document: DocumentNode) => string[] {
  const schema = buildSchema(schemaSdl);
  const rules = [...specifiedRules, ...queryArmor().validationRules];
  return (document) => {
    let parsed: DocumentNode;
    try {
      parsed = parse(print(document), { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      return [(error as Error).message];
    }
    return validate(schema, parsed, rules).map((e) => e.message);
  };
}
