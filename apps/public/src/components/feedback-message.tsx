import { useT } from '../i18n/lang';
import type { Failure } from '../lib/errors';

/** A failed call explained in plain words, with a retry button when retrying can help. */
export function FailureMessage({
  failure,
  notFound,
  onRetry,
}: {
  failure: Failure;
  notFound?: string;
  onRetry?: () => void;
}) {
  const t = useT();
  const text =
    failure.kind === 'network'
      ? t.net.lost
      : failure.kind === 'rateLimited'
        ? t.net.rateLimited(failure.retryAfterSeconds)
        : failure.kind === 'notFound'
          ? (notFound ?? t.common.notFound)
          : t.net.server;
  return (
    <div className="alert alert-error" role="alert">
      <p>{text}</p>
      {onRetry && failure.kind !== 'notFound' ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t.net.retry}
        </button>
      ) : null}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t.net.loading}
    </p>
  );
}
