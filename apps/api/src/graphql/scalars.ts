import { isIsoDate } from '@blk/domain';
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

builder.scalarType('DateTime', {
  description:
    'An instant, as an ISO 8601 string with a time zone (e.g. 2026-11-30T08:00:00.000Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
});

builder.scalarType('Date', {
  description: 'A calendar day in WIB (Asia/Jakarta), as YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value))
      throw new GraphQLError('Date must be YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
      throw new GraphQLError('Date must be YYYY-MM-DD');
    return ast.value;
  },
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (SOP step inputs, rendered documents).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
