import { formatAccessToken, formatDateTime } from '@blk/domain';
import { Link } from 'wouter';
import { CopyButton } from '../components/fields';
import { useLang, useT } from '../i18n/lang';
import { loadReceipt, type Receipt } from '../lib/receipt';

async function saveImage(receipt: Receipt, t: ReturnType<typeof useT>, lang: 'id' | 'en') {
  const { downloadReceiptImage, receiptText } = await import('../lib/receipt-image');
  const text = receiptText(receipt, lang, {
    receipt: t.confirm.receipt,
    code: t.confirm.code,
    token: t.confirm.token,
    organization: t.confirm.organization,
    program: t.track.program,
    location: t.track.location,
    submittedAt: t.confirm.submittedAt,
    firstDeadline: t.confirm.firstDeadline,
    service: t.serviceName,
    office: t.footer.office,
  });
  await downloadReceiptImage(text, `bukti-permohonan-${receipt.trackingCode}.png`);
}

/** The tracking code and the one-time access token, as a printable receipt (bukti permohonan). */
export default function ConfirmationPage() {
  const t = useT();
  const { lang } = useLang();
  const receipt = loadReceipt();
  if (!receipt)
    return (
      <>
        <h1>{t.confirm.title}</h1>
        <p>{t.confirm.none}</p>
        <Link href="/lacak">{t.confirm.track}</Link>
      </>
    );
  return (
    <>
      <h1>{t.confirm.title}</h1>
      <p className="lead no-print">{t.confirm.intro}</p>
      <div className="alert alert-warning" role="note">
        <p>
          <strong>{t.confirm.tokenOnce}</strong>
        </p>
      </div>
      <section className="receipt" aria-labelledby="receipt-title">
        <h2 id="receipt-title">
          {t.confirm.receipt} — {t.serviceName}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t.confirm.code}</dt>
            <dd>
              <code className="big" data-testid="tracking-code">
                {receipt.trackingCode}
              </code>{' '}
              <CopyButton value={receipt.trackingCode} label={t.confirm.code} />
            </dd>
          </div>
          <div>
            <dt>{t.confirm.token}</dt>
            <dd>
              <code className="big token" data-testid="access-token">
                {formatAccessToken(receipt.accessToken)}
              </code>{' '}
              <CopyButton value={formatAccessToken(receipt.accessToken)} label={t.confirm.token} />
            </dd>
          </div>
          <div>
            <dt>{t.confirm.organization}</dt>
            <dd>{receipt.organizationName}</dd>
          </div>
          {receipt.programLabel ? (
            <div>
              <dt>{t.track.program}</dt>
              <dd>{receipt.programLabel}</dd>
            </div>
          ) : null}
          {receipt.regionLabel ? (
            <div>
              <dt>{t.track.location}</dt>
              <dd>{receipt.regionLabel}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.confirm.submittedAt}</dt>
            <dd>{formatDateTime(receipt.submittedAt, lang)}</dd>
          </div>
          {receipt.firstDeadline ? (
            <div>
              <dt>{t.confirm.firstDeadline}</dt>
              <dd>{formatDateTime(receipt.firstDeadline, lang)}</dd>
            </div>
          ) : null}
        </dl>
        <p className="print-only">{t.footer.office}</p>
      </section>
      <p className="no-print">{t.confirm.keptOnDevice}</p>
      <p className="actions no-print">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void saveImage(receipt, t, lang)}
        >
          {t.confirm.saveImage}
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t.confirm.printReceipt}
        </button>
        <Link href="/permohonan-saya" className="button button-secondary">
          {t.confirm.mine}
        </Link>
        <Link
          href={`/lacak?kode=${encodeURIComponent(receipt.trackingCode)}`}
          className="button button-primary"
        >
          {t.confirm.track}
        </Link>
      </p>
    </>
  );
}
