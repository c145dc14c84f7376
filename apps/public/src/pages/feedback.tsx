import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  feedbackSchema,
  formatAccessToken,
  parseInput,
} from '@blk/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { CopyButton, Field, fieldId, focusFirstError } from '../components/fields';
import { graphql } from '../graphql';
import { useLang, useLocalize, useT } from '../i18n/lang';
import { type Failure, failureOf } from '../lib/errors';
import { MutationFailureFragment } from '../lib/failure';
import { formatDateTime } from '../lib/format';
import { usePersistentState } from '../lib/persist';
import { newIdempotencyKey } from '../request/draft';

const SubmitFeedbackMutation = graphql(
  `
  mutation Feedback_Submit($input: SubmitFeedbackInput!, $idempotencyKey: String) {
    submitFeedback(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on SubmitFeedbackSuccess {
        trackingCode
        accessToken
        responseDueAt
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

/** The answer time promised in the service standard: the setting that sets complaint deadlines. */
const AnswerTimeQuery = graphql(`
  query Feedback_AnswerTime {
    serviceStandard {
      complaintResponseDays
    }
  }
`);

const TrackFeedbackQuery = graphql(`
  query Feedback_Track($trackingCode: String!, $accessToken: String!) {
    trackFeedback(trackingCode: $trackingCode, accessToken: $accessToken) {
      trackingCode
      kind
      status
      statusLabel
      submittedAt
      responseDueAt
      respondedAt
      response
      overdue
      closedAt
    }
  }
`);

interface FeedbackDraft {
  kind: string;
  name: string;
  phone: string;
  email: string;
  message: string;
  trackingCode: string;
  /** Asked when a name or contact is given (UU 27/2022). */
  privacyConsent: boolean;
  idempotencyKey: string;
}

const emptyFeedback = (): FeedbackDraft => ({
  kind: 'pengaduan',
  name: '',
  phone: '',
  email: '',
  message: '',
  trackingCode: '',
  privacyConsent: false,
  idempotencyKey: '',
});

type Sent = { trackingCode: string; accessToken: string; responseDueAt: string };

export default function FeedbackPage() {
  const t = useT();
  const { lang } = useLang();
  const localize = useLocalize();
  const [draft, setDraft, clearDraft] = usePersistentState('blk.feedback-draft', emptyFeedback);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [{ fetching }, submit] = useMutation(SubmitFeedbackMutation);
  const [answerTime] = useQuery({ query: AnswerTimeQuery });

  async function send(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setRefused(null);
    const { idempotencyKey: _, ...fields } = draft;
    const parsed = parseInput(feedbackSchema, fields, lang);
    if (!parsed.ok) {
      const next: Record<string, string> = {};
      for (const issue of parsed.issues) next[issue.path] ??= issue.message;
      setErrors(next);
      requestAnimationFrame(() => focusFirstError(formRef.current, Object.keys(next)));
      return;
    }
    setErrors({});
    const idempotencyKey = draft.idempotencyKey || newIdempotencyKey();
    if (!draft.idempotencyKey) setDraft((d) => ({ ...d, idempotencyKey }));
    const result = await submit({ input: parsed.data, idempotencyKey });
    if (result.error) return setFailure(failureOf(result.error));
    const outcome = result.data?.submitFeedback;
    if (!outcome) return setFailure({ kind: 'server' });
    switch (outcome.__typename) {
      case 'SubmitFeedbackSuccess':
        clearDraft();
        setDraft(emptyFeedback());
        setSent(outcome);
        return;
      case 'ValidationError': {
        const next: Record<string, string> = {};
        for (const issue of outcome.issues) next[issue.path] ??= issue.message;
        setErrors(next);
        setRefused(outcome.message);
        return;
      }
      default:
        if (outcome.errorCode === 'RATE_LIMITED')
          return setFailure({ kind: 'rateLimited', retryAfterSeconds: null });
        setRefused(outcome.message);
    }
  }

  const text = (
    name: 'name' | 'phone' | 'email' | 'trackingCode',
    type = 'text',
    autoComplete?: string,
  ) => (
    <Field name={name} label={t.feedback[name]} error={errors[name]} optional>
      {(p) => (
        <input
          {...p}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          value={draft[name]}
          onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <>
      <h1>{t.feedback.title}</h1>
      <p>{t.feedback.intro(answerTime.data?.serviceStandard.complaintResponseDays)}</p>
      {sent ? (
        <section className="card" aria-labelledby="sent-title">
          <h2 id="sent-title">{t.feedback.sentTitle}</h2>
          <p>{t.feedback.sent}</p>
          <p className="alert alert-warning">{t.confirm.tokenOnce}</p>
          <dl className="facts">
            <div>
              <dt>{t.confirm.code}</dt>
              <dd>
                <code className="big">{sent.trackingCode}</code>{' '}
                <CopyButton value={sent.trackingCode} label={t.confirm.code} />
              </dd>
            </div>
            <div>
              <dt>{t.confirm.token}</dt>
              <dd>
                <code className="big token">{formatAccessToken(sent.accessToken)}</code>{' '}
                <CopyButton value={formatAccessToken(sent.accessToken)} label={t.confirm.token} />
              </dd>
            </div>
            <div>
              <dt>{t.feedback.dueAt}</dt>
              <dd>{formatDateTime(sent.responseDueAt, lang)}</dd>
            </div>
          </dl>
          <button type="button" className="button-secondary" onClick={() => setSent(null)}>
            {t.feedback.sendAnother}
          </button>
        </section>
      ) : (
        <form ref={formRef} onSubmit={send} noValidate className="card">
          <fieldset className="field" id={fieldId('kind')}>
            <legend>{t.feedback.kind}</legend>
            <div className="choices choices-inline">
              {FEEDBACK_KINDS.map((kind) => (
                <label key={kind} className="choice">
                  <input
                    type="radio"
                    name="kind"
                    checked={draft.kind === kind}
                    onChange={() => setDraft((d) => ({ ...d, kind }))}
                  />
                  {localize(FEEDBACK_KIND_LABELS[kind])}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            name="message"
            label={t.feedback.message}
            hint={t.feedback.messageHint}
            error={errors.message}
          >
            {(p) => (
              <textarea
                {...p}
                rows={5}
                value={draft.message}
                onChange={(e) => setDraft((d) => ({ ...d, message: e.target.value }))}
              />
            )}
          </Field>
          {text('name', 'text', 'name')}
          {text('phone', 'tel', 'tel')}
          {text('email', 'email', 'email')}
          <div className={errors.privacyConsent ? 'field field-invalid' : 'field'}>
            <label htmlFor={fieldId('privacyConsent')} className="checkbox">
              <input
                id={fieldId('privacyConsent')}
                name="privacyConsent"
                type="checkbox"
                checked={draft.privacyConsent === true}
                aria-invalid={Boolean(errors.privacyConsent)}
                aria-describedby={errors.privacyConsent ? 'f-privacyConsent-error' : undefined}
                onChange={(e) => setDraft((d) => ({ ...d, privacyConsent: e.target.checked }))}
              />{' '}
              {t.feedback.privacyConsent} <Link href="/privasi">{t.footer.privacy}</Link>
            </label>
            {errors.privacyConsent ? (
              <p className="error" id="f-privacyConsent-error">
                {errors.privacyConsent}
              </p>
            ) : null}
          </div>
          {text('trackingCode')}
          {failure ? <FailureMessage failure={failure} /> : null}
          {refused ? (
            <p className="alert alert-error" role="alert">
              {refused}
            </p>
          ) : null}
          <button type="submit" className="button-primary" disabled={fetching}>
            {t.feedback.submit}
          </button>
        </form>
      )}
      <TrackFeedback initial={sent} />
    </>
  );
}

function TrackFeedback({ initial }: { initial: Sent | null }) {
  const t = useT();
  const { lang } = useLang();
  const [code, setCode] = useState('');
  const [token, setToken] = useState('');
  const [lookup, setLookup] = useState<{ trackingCode: string; accessToken: string } | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TrackFeedbackQuery,
    variables: lookup ?? { trackingCode: '', accessToken: '' },
    pause: !lookup,
    requestPolicy: 'network-only',
  });
  const f = data?.trackFeedback;
  return (
    <section aria-labelledby="fb-track" className="card">
      <h2 id="fb-track">{t.feedback.trackTitle}</h2>
      <p>{t.feedback.trackIntro}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const c = code.trim() || initial?.trackingCode || '';
          const k = token.trim() || initial?.accessToken || '';
          if (c && k) setLookup({ trackingCode: c, accessToken: k });
        }}
      >
        <Field name="fbCode" label={t.confirm.code}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Field name="fbToken" label={t.confirm.token}>
          {(p) => <input {...p} value={token} onChange={(e) => setToken(e.target.value)} />}
        </Field>
        <button type="submit" className="button-secondary">
          {t.feedback.trackSubmit}
        </button>
      </form>
      {fetching ? <Loading /> : null}
      {error ? (
        <FailureMessage
          failure={failureOf(error)}
          notFound={t.feedback.notFound}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {f ? (
        <dl className="facts">
          <div>
            <dt>{t.feedback.status}</dt>
            <dd>
              <strong>{f.statusLabel}</strong>
              {f.overdue ? <span className="tag tag-late">{t.feedback.overdue}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t.feedback.dueAt}</dt>
            <dd>{formatDateTime(f.responseDueAt, lang)}</dd>
          </div>
          <div>
            <dt>{t.feedback.response}</dt>
            <dd>{f.response ?? t.feedback.noResponse}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
