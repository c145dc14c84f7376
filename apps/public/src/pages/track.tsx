import { parseInput, trackingLookupSchema } from '@blk/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { Field, focusFirstError } from '../components/fields';
import { graphql, type ResultOf, readFragment } from '../graphql';
import { useLang, useT } from '../i18n/lang';
import { type Failure, failureOf } from '../lib/errors';
import { MutationFailureFragment } from '../lib/failure';
import { formatDate, formatDateTime } from '../lib/format';
import { loadReceipt } from '../lib/receipt';
import { forgetTracked, loadTracked, rememberTracked, saveSurveyAccess } from '../lib/tracked';
import { RequesterTask_TrackedTrainingRequestFragment, RequesterTaskBox } from './requester-task';

export const TrackPage_TrackedTrainingRequestFragment = graphql(
  `
  fragment TrackPage_TrackedTrainingRequest on TrackedTrainingRequest {
    trackingCode
    organizationName
    programName
    regionName
    statusLabel
    stepKey
    stepName
    stepDescription
    stepDueAt
    submittedAt
    closedAt
    viewerCanCancel
    viewerCanAnswerSurvey
    timeline {
      at
      label
      stepKey
      stepName
      onTime
    }
    expectedSteps {
      stepKey
      name
      byRequester
      estimatedStartAt
      estimatedDueAt
    }
    schedule {
      startDate
      endDate
      venue
      programName
      instructors
    }
    ...RequesterTask_TrackedTrainingRequest
  }
`,
  [RequesterTask_TrackedTrainingRequestFragment],
);

export const TrackQuery = graphql(
  `
  query Track_Load($trackingCode: String!, $accessToken: String, $phone: String) {
    trackTrainingRequest(trackingCode: $trackingCode, accessToken: $accessToken, phone: $phone) {
      ...TrackPage_TrackedTrainingRequest
    }
  }
`,
  [TrackPage_TrackedTrainingRequestFragment],
);

const CancelMutation = graphql(
  `
  mutation Track_Cancel($trackingCode: String!, $accessToken: String!, $reason: String) {
    cancelTrainingRequest(trackingCode: $trackingCode, accessToken: $accessToken, reason: $reason) {
      __typename
      ... on TrackedTrainingRequest {
        ...TrackPage_TrackedTrainingRequest
      }
      ...MutationFailure
    }
  }
`,
  [TrackPage_TrackedTrainingRequestFragment, MutationFailureFragment],
);

interface Lookup {
  trackingCode: string;
  accessToken: string | null;
  phone: string | null;
}

function initialForm() {
  const code = new URLSearchParams(window.location.search).get('kode') ?? '';
  const receipt = loadReceipt();
  const remembered = loadTracked();
  if (code) {
    const token =
      receipt && receipt.trackingCode === code
        ? receipt.accessToken
        : remembered?.trackingCode === code
          ? remembered.accessToken
          : '';
    return { code, token, auto: token !== '' };
  }
  if (remembered)
    return { code: remembered.trackingCode, token: remembered.accessToken, auto: true };
  return { code: '', token: '', auto: false };
}

export default function TrackPage() {
  const t = useT();
  const { lang } = useLang();
  const [initial] = useState(initialForm);
  const [code, setCode] = useState(initial.code);
  const [by, setBy] = useState<'token' | 'phone'>('token');
  const [token, setToken] = useState(initial.token);
  const [phone, setPhone] = useState('');
  const [remember, setRemember] = useState(loadTracked() !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: TrackQuery,
    variables: lookup ?? { trackingCode: '' },
    pause: !lookup,
    requestPolicy: 'network-only',
  });

  function find(e?: FormEvent) {
    e?.preventDefault();
    const input =
      by === 'token' ? { trackingCode: code, accessToken: token } : { trackingCode: code, phone };
    const parsed = parseInput(trackingLookupSchema, input, lang);
    if (!parsed.ok) {
      const next: Record<string, string> = {};
      for (const issue of parsed.issues) {
        const field = issue.path === 'accessToken' && by === 'phone' ? 'phone' : issue.path;
        next[field] ??= issue.message;
      }
      setErrors(next);
      requestAnimationFrame(() => focusFirstError(formRef.current, Object.keys(next)));
      return;
    }
    setErrors({});
    const next: Lookup = {
      trackingCode: parsed.data.trackingCode,
      accessToken: by === 'token' ? (parsed.data.accessToken ?? null) : null,
      phone: by === 'phone' ? (parsed.data.phone ?? null) : null,
    };
    if (remember && next.accessToken)
      rememberTracked({ trackingCode: next.trackingCode, accessToken: next.accessToken });
    if (!remember) forgetTracked();
    setLookup(next);
  }

  // Arriving from the confirmation page or with a remembered code: look it up at once.
  useEffect(() => {
    if (initial.auto) find();
  }, []);

  const tracked = data?.trackTrainingRequest
    ? readFragment(TrackPage_TrackedTrainingRequestFragment, data.trackTrainingRequest)
    : null;

  return (
    <>
      <h1>{t.track.title}</h1>
      <p>{t.track.intro}</p>
      <form ref={formRef} onSubmit={find} noValidate className="card">
        <Field
          name="trackingCode"
          label={t.track.code}
          hint={t.track.codeHint}
          error={errors.trackingCode}
        >
          {(p) => (
            <input
              {...p}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </Field>
        <fieldset className="field">
          <legend>{t.track.proof}</legend>
          <div className="choices choices-inline">
            <label className="choice">
              <input
                type="radio"
                name="by"
                checked={by === 'token'}
                onChange={() => setBy('token')}
              />
              {t.track.byToken}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="by"
                checked={by === 'phone'}
                onChange={() => setBy('phone')}
              />
              {t.track.byPhone}
            </label>
          </div>
        </fieldset>
        {by === 'token' ? (
          <Field
            name="accessToken"
            label={t.track.token}
            hint={t.track.tokenHint}
            error={errors.accessToken}
          >
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                value={token}
                onChange={(e) => setToken(e.target.value)}
              />
            )}
          </Field>
        ) : (
          <Field name="phone" label={t.track.phone} error={errors.phone}>
            {(p) => (
              <input
                {...p}
                type="tel"
                autoComplete="tel"
                value={phone}
                onChange={(e) => setPhone(e.target.value)}
              />
            )}
          </Field>
        )}
        {by === 'token' ? (
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                checked={remember}
                onChange={(e) => {
                  setRemember(e.target.checked);
                  if (!e.target.checked) forgetTracked();
                }}
              />
              {t.track.remember}
            </label>
            <p className="hint">{t.track.rememberHint}</p>
          </div>
        ) : null}
        <button type="submit" className="button-primary" disabled={fetching}>
          {t.track.submit}
        </button>
      </form>

      {fetching ? <Loading /> : null}
      {error && lookup ? (
        <FailureMessage
          failure={failureOf(error)}
          notFound={t.track.notFound}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {tracked && lookup ? (
        <TrackedView
          tracked={tracked}
          lookup={lookup}
          onChanged={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
    </>
  );
}

type Tracked = ResultOf<typeof TrackPage_TrackedTrainingRequestFragment>;

function TrackedView({
  tracked,
  lookup,
  onChanged,
}: {
  tracked: Tracked;
  lookup: Lookup;
  onChanged: () => void;
}) {
  const t = useT();
  const { requesterTask } = readFragment(RequesterTask_TrackedTrainingRequestFragment, tracked);
  const [answered, setAnswered] = useState(false);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const current = tracked.closedAt ? null : tracked;
  return (
    <section aria-labelledby="tracked-title" className="tracked">
      <h2 id="tracked-title">
        {tracked.trackingCode} — {tracked.organizationName}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t.track.status}</dt>
          <dd>
            <strong data-testid="status">{tracked.statusLabel}</strong>
          </dd>
        </div>
        <div>
          <dt>{t.track.program}</dt>
          <dd>{tracked.programName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.track.location}</dt>
          <dd>{tracked.regionName}</dd>
        </div>
      </dl>

      {requesterTask ? (
        <RequesterTaskBox
          task={requesterTask}
          trackingCode={tracked.trackingCode}
          accessToken={lookup.accessToken}
          onAnswered={() => {
            setAnswered(true);
            onChanged();
          }}
        />
      ) : answered ? (
        <p className="note success" role="status">
          {t.task.sent}
        </p>
      ) : null}

      {tracked.viewerCanAnswerSurvey ? (
        <div className="callout">
          <p>{t.track.surveyNote}</p>
          {lookup.accessToken ? (
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                saveSurveyAccess({
                  trackingCode: tracked.trackingCode,
                  accessToken: lookup.accessToken ?? '',
                });
                navigate('/survei');
              }}
            >
              {t.track.surveyCta}
            </button>
          ) : (
            <p className="hint">{t.survey.missing}</p>
          )}
        </div>
      ) : null}

      {tracked.schedule ? (
        <>
          <h3>{t.track.schedule}</h3>
          <dl className="facts">
            <div>
              <dt>{t.track.schedule}</dt>
              <dd>
                {t.track.scheduleValue(
                  formatDate(tracked.schedule.startDate, lang),
                  formatDate(tracked.schedule.endDate, lang),
                )}
              </dd>
            </div>
            <div>
              <dt>{t.track.venue}</dt>
              <dd>{tracked.schedule.venue}</dd>
            </div>
            <div>
              <dt>{t.track.program}</dt>
              <dd>{tracked.schedule.programName}</dd>
            </div>
            {tracked.schedule.instructors.length > 0 ? (
              <div>
                <dt>{t.track.instructors}</dt>
                <dd>{tracked.schedule.instructors.join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}

      <h3>{t.track.timeline}</h3>
      <ol className="timeline">
        {tracked.timeline.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className="tl-done">
            <span className="tl-mark" aria-hidden="true">
              ✓
            </span>
            <div>
              <strong>{entry.label}</strong>
              <span className="muted"> {formatDateTime(entry.at, lang)}</span>
              {entry.onTime === false ? <span className="tag tag-late">{t.track.late}</span> : null}
              {entry.onTime === true ? <span className="tag tag-ok">{t.track.onTime}</span> : null}
            </div>
          </li>
        ))}
        {current ? (
          <li className="tl-current" aria-current="step">
            <span className="tl-mark" aria-hidden="true">
              ●
            </span>
            <div>
              <strong>
                {t.track.nowLabel}: {current.stepName}
              </strong>
              <p>{current.stepDescription}</p>
              {current.stepDueAt ? (
                <p className="muted">
                  {t.track.due}: {formatDateTime(current.stepDueAt, lang)}
                </p>
              ) : null}
            </div>
          </li>
        ) : null}
        {current
          ? tracked.expectedSteps.map((step) => (
              <li key={step.stepKey} className="tl-expected">
                <span className="tl-mark" aria-hidden="true">
                  ○
                </span>
                <div>
                  <span>{step.name}</span>
                  {step.byRequester ? <span className="tag">{t.track.byYou}</span> : null}
                  {step.estimatedDueAt ? (
                    <span className="muted">
                      {' '}
                      — {t.track.expected}: {formatDate(step.estimatedDueAt, lang)}
                    </span>
                  ) : null}
                </div>
              </li>
            ))
          : null}
      </ol>
      {tracked.closedAt ? (
        <p className="note">
          {t.track.closed} ({formatDateTime(tracked.closedAt, lang)})
        </p>
      ) : null}
      {current && tracked.expectedSteps[0] ? (
        <p>
          <strong>{t.track.next}:</strong> {tracked.expectedSteps[0].name}
        </p>
      ) : null}
      {tracked.viewerCanCancel ? <CancelBox tracked={tracked} lookup={lookup} /> : null}
      <p>
        <Link href="/pengaduan">{t.footer.complaint}</Link>
      </p>
    </section>
  );
}

function CancelBox({ tracked, lookup }: { tracked: Tracked; lookup: Lookup }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelMutation);
  if (!lookup.accessToken) return <p className="hint">{t.track.cancelNeedsToken}</p>;
  if (!open)
    return (
      <p>
        <button type="button" className="button-danger" onClick={() => setOpen(true)}>
          {t.track.cancel}
        </button>
      </p>
    );
  return (
    <div className="card">
      <p>
        <strong>{t.track.cancelAsk}</strong>
      </p>
      <Field name="cancelReason" label={t.track.cancelReason} optional>
        {(p) => (
          <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      {failure ? <FailureMessage failure={failure} /> : null}
      {refused ? (
        <p className="alert alert-error" role="alert">
          {refused}
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button-danger"
          disabled={fetching}
          onClick={async () => {
            setFailure(null);
            setRefused(null);
            const result = await cancel({
              trackingCode: tracked.trackingCode,
              accessToken: lookup.accessToken ?? '',
              reason: reason.trim() || null,
            });
            if (result.error) return setFailure(failureOf(result.error));
            const outcome = result.data?.cancelTrainingRequest;
            if (outcome && outcome.__typename !== 'TrackedTrainingRequest')
              return setRefused(outcome.message);
            setOpen(false);
          }}
        >
          {t.track.cancelConfirm}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {t.track.cancelKeep}
        </button>
      </p>
    </div>
  );
}
