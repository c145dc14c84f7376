/**
 * The options of a documented DateTime field (an instant, ISO 8601), for `t.expose`: the option
 * shape every timestamp of the schema repeats, with only its description changing, e.g.
 * `closedAt: t.expose('closedAt', nullableInstant('When the request reached an end step.'))`.
 */
export function instant(description: string) {
  return { type: 'DateTime', description } as const;
}

/** A documented DateTime field that may be null (not happened yet, or never). */
export function nullableInstant(description: string) {
  return { type: 'DateTime', nullable: true, description } as const;
}
