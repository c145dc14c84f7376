import { type Lang, type MessageKey, message } from '@blk/domain';

type Params = Record<string, string>;

/** One English message of graphql-js, Apollo or graphql-armor, and its catalog key. */
interface Rule {
  readonly pattern: RegExp;
  readonly key: MessageKey;
  readonly params?: (m: RegExpMatchArray) => Params;
}

const named =
  (...names: string[]) =>
  (m: RegExpMatchArray): Params =>
    Object.fromEntries(names.map((name, i) => [name, m[i + 1] ?? '']));

/** "Did you mean …?" is dropped: suggestions are turned off (they would leak the schema). */
const SUGGESTION = /\s*(?:Did you mean .*|\[Suggestion hidden\].*)$/s;

/** The reasons graphql-js gives for one value that does not fit its input type. */
const VALUE_RULES: readonly Rule[] = [
  {
    pattern: /^Int cannot represent non-integer value: (.*)$/s,
    key: 'graphql.not_int',
    params: named('value'),
  },
  {
    pattern: /^Int cannot represent non 32-bit signed integer value: (.*)$/s,
    key: 'graphql.not_int32',
    params: named('value'),
  },
  {
    pattern: /^Float cannot represent non numeric value: (.*)$/s,
    key: 'graphql.not_float',
    params: named('value'),
  },
  {
    pattern: /^String cannot represent a non string value: (.*)$/s,
    key: 'graphql.not_string',
    params: named('value'),
  },
  {
    pattern: /^Boolean cannot represent a non boolean value: (.*)$/s,
    key: 'graphql.not_boolean',
    params: named('value'),
  },
  { pattern: /^ID cannot represent value: (.*)$/s, key: 'graphql.not_id', params: named('value') },
  {
    pattern: /^Value "(.*)" does not exist in "(\w+)" enum\.$/s,
    key: 'graphql.not_enum_value',
    params: named('value', 'type'),
  },
  {
    pattern: /^Enum "(\w+)" cannot represent non-string value: (.*)\.$/s,
    key: 'graphql.not_enum_value',
    params: (m) => ({ type: m[1] ?? '', value: m[2] ?? '' }),
  },
  {
    pattern: /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/,
    key: 'graphql.field_missing',
    params: named('field', 'type'),
  },
  {
    pattern: /^Field "(\w+)" is not defined by type "(\w+)"\.$/,
    key: 'graphql.field_unknown',
    params: named('field', 'type'),
  },
  {
    pattern: /^Expected type "([^"]+)" to be an object\.$/,
    key: 'graphql.not_object',
    params: named('type'),
  },
  {
    pattern: /^Expected non-nullable type "([^"]+)" not to be null\.$/,
    key: 'graphql.not_null',
    params: named('type'),
  },
  {
    pattern: /^Expected value of type "([^"]+)", found null\.$/,
    key: 'graphql.not_null',
    params: named('type'),
  },
  {
    pattern: /^Expected (?:value of )?type "([^"]+)"/,
    key: 'graphql.expected_type',
    params: named('type'),
  },
];

/** Whole messages of a request that failed before it ran. */
const REQUEST_RULES: readonly Rule[] = [
  {
    pattern: /^Syntax Error: Document contains more that (\d+) tokens\./,
    key: 'graphql.too_many_tokens',
    params: named('max'),
  },
  {
    pattern: /^Aliases limit of (\d+) exceeded, found (\d+)\.$/,
    key: 'graphql.limit_aliases',
    params: named('max', 'found'),
  },
  {
    pattern: /^Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    key: 'graphql.limit_depth',
    params: named('max', 'found'),
  },
  {
    pattern: /^Query Cost limit of (\d+) exceeded, found (\d+)\.$/,
    key: 'graphql.limit_cost',
    params: named('max', 'found'),
  },
  {
    pattern: /^Directives limit of (\d+) exceeded, found (\d+)\.$/,
    key: 'graphql.limit_directives',
    params: named('max', 'found'),
  },
  {
    pattern: /^Cannot query field "(\w+)" on type "(\w+)"\.$/,
    key: 'graphql.unknown_field',
    params: named('field', 'type'),
  },
  {
    pattern: /^Unknown argument "(\w+)" on field "([\w.]+)"\.$/,
    key: 'graphql.unknown_argument',
    params: named('argument', 'field'),
  },
  {
    pattern:
      /^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    key: 'graphql.missing_argument',
    params: named('field', 'argument', 'type'),
  },
  {
    pattern: /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    key: 'graphql.selection_required',
    params: named('field', 'type'),
  },
  {
    pattern: /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    key: 'graphql.selection_forbidden',
    params: named('field', 'type'),
  },
  { pattern: /^Unknown type "(\w+)"\.$/, key: 'graphql.unknown_type', params: named('type') },
  {
    pattern: /^Variable "(\$\w+)" is not defined/,
    key: 'graphql.variable_not_defined',
    params: named('variable'),
  },
  {
    pattern: /^Variable "(\$\w+)" is never used/,
    key: 'graphql.variable_unused',
    params: named('variable'),
  },
  {
    pattern: /^Variable "(\$\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    key: 'graphql.variable_wrong_position',
    params: named('variable', 'type', 'expected'),
  },
  {
    pattern: /^Variable "(\$\w+)" of required type "([^"]+)" was not provided\.$/,
    key: 'graphql.variable_missing',
    params: named('variable', 'type'),
  },
  {
    pattern: /^Variable "(\$\w+)" of non-null type "([^"]+)" must not be null\.$/,
    key: 'graphql.variable_null',
    params: named('variable', 'type'),
  },
  {
    pattern: /^Unknown operation named "(.*)"\.$/s,
    key: 'graphql.unknown_operation',
    params: named('name'),
  },
  {
    pattern: /^Must provide operation name if query contains multiple operations\.$/,
    key: 'graphql.operation_name_required',
  },
  {
    pattern: /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    key: 'http.empty_body',
  },
  { pattern: /^Operation batching disabled\.$/, key: 'http.batching_disabled' },
  { pattern: /^GraphQL operations must contain a non-empty `query`/, key: 'http.query_missing' },
  { pattern: /^GraphQL queries must be strings\.$/, key: 'http.query_missing' },
  { pattern: /Cross-Site Request Forgery/, key: 'http.csrf_blocked' },
  { pattern: /^PersistedQueryNot(Supported|Found)$/, key: 'http.persisted_query_not_supported' },
];

/** The Indonesian fallback for a code whose message matched no rule. */
const FALLBACK: Readonly<Record<string, MessageKey>> = {
  GRAPHQL_PARSE_FAILED: 'graphql.syntax_error',
  GRAPHQL_VALIDATION_FAILED: 'graphql.invalid_query',
  BAD_USER_INPUT: 'graphql.invalid_variables',
  BAD_REQUEST: 'http.bad_request',
  OPERATION_RESOLUTION_FAILURE: 'graphql.invalid_query',
  PERSISTED_QUERY_NOT_SUPPORTED: 'http.persisted_query_not_supported',
  PERSISTED_QUERY_NOT_FOUND: 'http.persisted_query_not_supported',
};

function apply(rules: readonly Rule[], text: string, lang: Lang): string | undefined {
  for (const rule of rules) {
    const m = text.match(rule.pattern);
    if (m) return message(rule.key, lang, rule.params?.(m) ?? {});
  }
  return undefined;
}

/** `Variable "$x" got invalid value V at "x.path"; <reason>`, with the reason translated. */
function invalidVariable(text: string, lang: Lang): string | undefined {
  const m = text.match(/^Variable "(\$\w+)" got invalid value (.*?)(?: at "([^"]+)")?; ([^;]*)$/s);
  if (!m) return undefined;
  const reason = apply(VALUE_RULES, (m[4] ?? '').replace(SUGGESTION, ''), lang);
  if (reason === undefined) return undefined;
  const at = m[3] ? message('graphql.at_path', lang, { path: m[3] }) : '';
  return message('graphql.variable_invalid', lang, { variable: m[1] ?? '', at, reason });
}

/**
 * The message of a GraphQL request error (syntax, schema validation, variable coercion, query
 * limits, malformed requests) in the caller's language. English callers get the original text;
 * Indonesian ones a translation of the common cases, else a plain sentence for the code.
 */
export function localizeRequestError(
  text: string,
  code: string,
  lang: Lang,
  location?: { line: number; column: number },
): string {
  const plain = text.replace(SUGGESTION, '');
  if (lang === 'en') return plain;
  const translated =
    apply(REQUEST_RULES, plain, lang) ??
    invalidVariable(text, lang) ??
    (code === 'GRAPHQL_VALIDATION_FAILED' ? literalValue(plain, lang) : undefined);
  if (translated !== undefined) return translated;
  if (code === 'GRAPHQL_PARSE_FAILED' && location)
    return message('graphql.syntax_error', lang, {
      line: String(location.line),
      column: String(location.column),
    });
  const fallback = FALLBACK[code];
  if (fallback === undefined) return text;
  return message(fallback === 'graphql.syntax_error' ? 'graphql.invalid_query' : fallback, lang);
}

/** A literal in the query text that does not fit its type (`first: "x"`). */
function literalValue(text: string, lang: Lang): string | undefined {
  const reason = apply(
    VALUE_RULES,
    text.replace(/^Expected value of type "[^"]+", found .*?; /s, ''),
    lang,
  );
  return reason === undefined ? undefined : message('graphql.invalid_literal', lang, { reason });
}
