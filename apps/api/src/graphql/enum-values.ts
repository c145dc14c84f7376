/** Pothos enum values from a const list, each with its description (every value is documented). */
export function enumValues<const K extends string>(
  keys: readonly K[],
  describe: (key: K) => string,
): Record<K, { value: K; description: string }> {
  return Object.fromEntries(keys.map((k) => [k, { value: k, description: describe(k) }])) as Record<
    K,
    { value: K; description: string }
  >;
}
