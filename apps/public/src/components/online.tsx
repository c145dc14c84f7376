import { useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/lang';
import { DEVICE_CHANGED, pendingCount, refusedCount } from '../lib/pending';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** True while the browser believes it has a network. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

function subscribePending(onChange: () => void) {
  window.addEventListener(DEVICE_CHANGED, onChange);
  // Another tab sent or queued one.
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(DEVICE_CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** How many requests wait on this phone for a signal. */
export function usePendingCount(): number {
  return useSyncExternalStore(subscribePending, pendingCount, () => 0);
}

/** How many requests on this phone the server refused, waiting to be fixed. */
export function useRefusedCount(): number {
  return useSyncExternalStore(subscribePending, refusedCount, () => 0);
}

/**
 * A banner at the top of every page while the phone is offline, and while requests wait on it
 * for a signal (with the way to them).
 */
export function OfflineBanner() {
  const t = useT();
  const online = useOnline();
  const pending = usePendingCount();
  const refused = useRefusedCount();
  if (online && pending === 0 && refused === 0) return null;
  return (
    <div className="offline" role="status">
      {online ? null : <p>{t.net.offline}</p>}
      {pending > 0 ? (
        <p>
          <Link href="/permohonan-saya">{t.net.pending(pending)}</Link>
        </p>
      ) : null}
      {refused > 0 ? (
        <p>
          <Link href="/permohonan-saya">{t.net.refused(refused)}</Link>
        </p>
      ) : null}
    </div>
  );
}
