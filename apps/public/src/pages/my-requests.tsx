import { formatAccessToken, formatDateTime } from '@blk/domain';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { useLocation } from 'wouter';
import { useOnline } from '../components/online';
import { useLang, useT } from '../i18n/lang';
import { forgetReceipt, listReceipts } from '../lib/my-requests';
import { DEVICE_CHANGED, OUTBOX_SENT } from '../lib/pending';
import { type Receipt, saveReceipt } from '../lib/receipt';
import { saveDraft } from '../request/draft';
import { type QueuedRequest, queuedRequests, takeBack } from '../request/outbox';
import { flushInBackground } from '../request/runner';

/**
 * "Permohonan saya": the requests made from this phone. Those waiting for a signal, with what
 * happens to them in plain words; those the server refused, with a way to fix them; and every
 * receipt kept on the device, each opening the tracking page without typing the token.
 */
export default function MyRequestsPage() {
  const t = useT();
  const { lang } = useLang();
  const online = useOnline();
  const client = useClient();
  const [, navigate] = useLocation();
  const [queued, setQueued] = useState<QueuedRequest[] | null>(null);
  const [receipts, setReceipts] = useState<Receipt[]>([]);
  const [sending, setSending] = useState(false);
  const [justSent, setJustSent] = useState<string[]>([]);

  const refresh = useCallback(async () => {
    try {
      const [q, r] = await Promise.all([queuedRequests(), listReceipts()]);
      setQueued(q);
      setReceipts(r);
    } catch {
      setQueued([]);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onSent = (e: Event) => setJustSent((e as CustomEvent<string[]>).detail);
    window.addEventListener(DEVICE_CHANGED, refresh);
    window.addEventListener(OUTBOX_SENT, onSent);
    return () => {
      window.removeEventListener(DEVICE_CHANGED, refresh);
      window.removeEventListener(OUTBOX_SENT, onSent);
    };
  }, [refresh]);

  async function sendNow() {
    setSending(true);
    try {
      await flushInBackground(client);
    } finally {
      setSending(false);
      void refresh();
    }
  }

  async function fix(item: QueuedRequest) {
    const taken = await takeBack(item.idempotencyKey);
    if (!taken) return;
    saveDraft({ ...taken.draft, idempotencyKey: taken.idempotencyKey });
    navigate('/ajukan');
  }

  function open(receipt: Receipt, to: string) {
    // The tracking page and the receipt read it from this tab: no token in the address bar.
    saveReceipt(receipt);
    navigate(to);
  }

  async function forget(receipt: Receipt) {
    if (!window.confirm(t.mine.forgetConfirm)) return;
    await forgetReceipt(receipt.trackingCode);
  }

  const waiting = queued?.filter((q) => !q.refused) ?? [];
  const refused = queued?.filter((q) => q.refused) ?? [];
  return (
    <>
      <h1>{t.mine.title}</h1>
      <p className="lead">{t.mine.intro}</p>
      {justSent.length > 0 ? (
        <div className="alert alert-success" role="status">
          {justSent.map((code) => (
            <p key={code}>
              <strong>{t.mine.justSent(code)}</strong>
            </p>
          ))}
        </div>
      ) : null}
      {waiting.length > 0 ? (
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t.mine.waitingTitle}</h2>
          <ul className="my-list">
            {waiting.map((item) => (
              <li key={item.idempotencyKey} className="card my-item my-waiting">
                <p>
                  <strong>{item.organizationName}</strong>
                  {item.programLabel ? ` — ${item.programLabel}` : ''}
                </p>
                <p className="muted">{t.mine.queuedAt(formatDateTime(item.queuedAt, lang))}</p>
                <p role="status">{sending ? t.mine.sendingNow : t.mine.waiting}</p>
              </li>
            ))}
          </ul>
          {online ? (
            <button
              type="button"
              className="button-secondary"
              disabled={sending}
              onClick={() => void sendNow()}
            >
              {t.mine.sendNow}
            </button>
          ) : null}
        </section>
      ) : null}
      {refused.length > 0 ? (
        <section aria-labelledby="refused-title">
          <h2 id="refused-title">{t.mine.refusedTitle}</h2>
          <ul className="my-list">
            {refused.map((item) => (
              <li key={item.idempotencyKey} className="card my-item">
                <p>
                  <strong>{item.organizationName}</strong>
                </p>
                <ul className="error">
                  {(item.refused?.issues.length
                    ? item.refused.issues.map((i) => i.message)
                    : [item.refused?.message ?? '']
                  ).map((m) => (
                    <li key={m}>{m === 'letter' ? t.form.letterRequired : m}</li>
                  ))}
                </ul>
                <button type="button" className="button-primary" onClick={() => void fix(item)}>
                  {t.mine.fix}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">{t.mine.sentTitle}</h2>
        {receipts.length === 0 ? <p>{t.mine.empty}</p> : null}
        <ul className="my-list">
          {receipts.map((r) => (
            <li key={r.trackingCode} className="card my-item" data-testid="my-receipt">
              <p>
                <code className="big">{r.trackingCode}</code>
              </p>
              <p>
                <strong>{r.organizationName}</strong>
                {r.programLabel ? ` — ${r.programLabel}` : ''}
              </p>
              <p className="muted">
                {t.confirm.submittedAt}: {formatDateTime(r.submittedAt, lang)}
              </p>
              <p className="muted">
                {t.confirm.token}: <code>{formatAccessToken(r.accessToken)}</code>
              </p>
              <p className="actions">
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => open(r, `/lacak?kode=${encodeURIComponent(r.trackingCode)}`)}
                >
                  {t.mine.open(r.trackingCode)}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => open(r, '/terkirim')}
                >
                  {t.mine.receipt}
                </button>
                <button type="button" className="link-button" onClick={() => void forget(r)}>
                  {t.mine.forget}
                </button>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
