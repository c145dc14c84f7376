import { buildSchema, coerceInputValue, type GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { localizeRequestError } from './graphql-messages';

// graphql-js writes these messages; the translations must follow its actual wording.
const schema = buildSchema(`
  enum Kind { saran pengaduan }
  input Filter { kind: Kind!, limit: Int }
  type Item { code: String! tags: [String!]! }
  type Query { items(first: Int!, filter: Filter): [Item!]! count: Int! }
`);

function validationMessages(query: string): string[] {
  return validate(schema, parse(query)).map((e) => e.message);
}

describe('GraphQL request errors in Indonesian', () => {
  it.each([
    ['{ items(first: 1) { nope } }', 'Kolom "nope" tidak ada pada tipe "Item"'],
    ['{ items(first: 1, x: 2) { code } }', 'Argumen "x" tidak dikenal pada kolom "Query.items"'],
    ['{ items { code } }', 'Argumen wajib "first" (tipe "Int!") pada kolom "items" belum diisi'],
    [
      '{ items(first: 1) }',
      'Kolom "items" bertipe "[Item!]!" harus memilih subkolom, misalnya "items { … }"',
    ],
    ['{ count { x } }', 'Kolom "count" bertipe "Int!" tidak memiliki subkolom'],
    ['query { items(first: $n) { code } }', 'Variabel "$n" dipakai tetapi tidak dideklarasikan'],
    ['query($n: Int) { count }', 'Variabel "$n" dideklarasikan tetapi tidak dipakai'],
    [
      'query($n: Int) { items(first: $n) { code } }',
      'Variabel "$n" bertipe "Int" dipakai di tempat yang mengharapkan tipe "Int!"',
    ],
    ['query($n: Nope) { count }', 'Tipe "Nope" tidak dikenal'],
    [
      '{ items(first: 1, filter: { kind: kritik }) { code } }',
      'Nilai pada kueri tidak valid: nilai "kritik" tidak ada dalam pilihan "Kind"',
    ],
    [
      '{ items(first: 1.5) { code } }',
      'Nilai pada kueri tidak valid: harus bilangan bulat (Int), bukan 1.5',
    ],
  ])('%s', (query, indonesian) => {
    const [english] = validationMessages(query);
    expect(english).toBeDefined();
    expect(localizeRequestError(english ?? '', 'GRAPHQL_VALIDATION_FAILED', 'id')).toBe(indonesian);
    // English keeps graphql-js's text, without the suggestions that would reveal the schema.
    expect(localizeRequestError(english ?? '', 'GRAPHQL_VALIDATION_FAILED', 'en')).toBe(
      english?.replace(/ Did you mean .*$/, ''),
    );
  });

  it('translates the reasons a variable value is refused', () => {
    const filter = schema.getType('Filter');
    const reasons: string[] = [];
    for (const value of [{ limit: 1 }, { kind: 'saran', extra: 1 }, { kind: 'x' }, 'text']) {
      coerceInputValue(value, filter as never, (_path, _value, error: GraphQLError) =>
        reasons.push(error.message),
      );
    }
    const id = reasons.map((r) =>
      localizeRequestError(`Variable "$f" got invalid value {}; ${r}`, 'BAD_USER_INPUT', 'id'),
    );
    expect(id).toEqual([
      'Nilai variabel "$f" tidak valid: kolom wajib "kind" (tipe "Kind!") belum diisi',
      'Nilai variabel "$f" tidak valid: kolom "extra" tidak dikenal pada "Filter"',
      'Nilai variabel "$f" tidak valid: nilai "x" tidak ada dalam pilihan "Kind"',
      'Nilai variabel "$f" tidak valid: harus berupa objek "Filter"',
    ]);
  });

  it('falls back to a plain sentence for the code, never to English', () => {
    expect(
      localizeRequestError('Something new from graphql-js.', 'GRAPHQL_VALIDATION_FAILED', 'id'),
    ).toBe('Kueri GraphQL tidak sesuai dengan skema API');
    expect(localizeRequestError('Something new.', 'BAD_USER_INPUT', 'id')).toBe(
      'Nilai variabel tidak sesuai dengan tipenya',
    );
    expect(
      localizeRequestError(
        'Aliases limit of 15 exceeded, found 20.',
        'GRAPHQL_VALIDATION_FAILED',
        'id',
      ),
    ).toBe('Kueri memakai terlalu banyak alias: 20, batasnya 15');
  });
});
