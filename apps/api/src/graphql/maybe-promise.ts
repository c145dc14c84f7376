/**
 * A value that may already be at hand. The per-process caches (SOP definitions, the working-day
 * calendar) answer with the value itself once it is loaded, so a list's row fields resolve
 * synchronously: graphql-js then completes each row without a promise per field.
 */
export type MaybePromise<T> = T | Promise<T>;

/** `fn(value)`, at once when the value is at hand, else when it arrives. */
export function whenReady<T, R>(value: MaybePromise<T>, fn: (value: T) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** `fn(a, b)`, at once when both are at hand, else when both arrive. */
export function whenBothReady<A, B, R>(
  a: MaybePromise<A>,
  b: MaybePromise<B>,
  fn: (a: A, b: B) => R,
): MaybePromise<R> {
  if (a instanceof Promise || b instanceof Promise)
    return Promise.all([a, b]).then(([x, y]) => fn(x, y));
  return fn(a, b);
}

/** A promise that also keeps its value once fulfilled, for {@link whenReady}. */
export function settling<T>(promise: Promise<T>): () => MaybePromise<T> {
  let settled: { value: T } | undefined;
  promise.then(
    (value) => {
      settled = { value };
    },
    () => {},
  );
  return () => (settled ? settled.value : promise);
}
