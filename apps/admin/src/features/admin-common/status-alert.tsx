import { Alert } from '@mantine/core';
import { useI18n } from '../../lib/i18n';

/** What a screen says after an action: a success (`ok`) or a refusal, in words. */
export type Status = { ok: boolean; text: string } | null;

/**
 * How a mutation ended, in words: `done` when its result is the `success` type, else the
 * refusal's message, or the network error when no answer came back.
 */
export function useOutcomeStatus() {
  const { t } = useI18n();
  return (
    outcome: { readonly __typename: string; readonly message?: string } | null | undefined,
    success: string,
    done: string,
  ): NonNullable<Status> =>
    outcome?.__typename === success
      ? { ok: true, text: done }
      : { ok: false, text: outcome?.message || t('error.network') };
}

/**
 * The outcome of the last action on a screen: green with `role="status"` when it worked, red
 * with `role="alert"` when it did not; closable when `onClose` is given, its close button named
 * by `closeLabel` (the theme's "Tutup" otherwise).
 */
export function StatusAlert({
  status,
  onClose,
  closeLabel,
}: {
  status: Status;
  onClose?: () => void;
  closeLabel?: string;
}) {
  if (!status) return null;
  return (
    <Alert
      color={status.ok ? 'green' : 'red'}
      role={status.ok ? 'status' : 'alert'}
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
      closeButtonLabel={closeLabel}
    >
      {status.text}
    </Alert>
  );
}

/** A refusal or load error (red, `role="alert"`); nothing when there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}
