import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  type Localized,
  OCCUPATION_LABELS,
  OCCUPATIONS,
  parseInput,
  surveySubmissionSchema,
} from '@blk/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { Field, fieldId, focusFirstError } from '../components/fields';
import { graphql } from '../graphql';
import { useLang, useLocalize, useT } from '../i18n/lang';
import { type Failure, failureOf } from '../lib/errors';
import { MutationFailureFragment } from '../lib/failure';
import { formatNumber } from '../lib/format';
import { usePersistentState } from '../lib/persist';
import { loadSurveyAccess, loadTracked } from '../lib/tracked';

const QuestionsQuery = graphql(`
  query Survey_Questions {
    surveyQuestions {
      key
      name
      question
      answers {
        value
        label
      }
    }
  }
`);

const SubmitSurveyMutation = graphql(
  `
  mutation Survey_Submit(
    $trackingCode: String!
    $accessToken: String!
    $input: SatisfactionSurveyInput!
  ) {
    submitSatisfactionSurvey(trackingCode: $trackingCode, accessToken: $accessToken, input: $input) {
      __typename
      ... on TrackedTrainingRequest {
        trackingCode
        statusLabel
        viewerCanAnswerSurvey
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const IndexQuery = graphql(`
  query Survey_Index {
    publicPerformance {
      satisfaction {
        ikm
        grade
        gradeLabel
        respondents
      }
    }
  }
`);

interface SurveyDraft {
  answers: Record<string, string>;
  comment: string;
  sex: string;
  ageGroup: string;
  education: string;
  occupation: string;
}

const emptySurvey = (): SurveyDraft => ({
  answers: {},
  comment: '',
  sex: '',
  ageGroup: '',
  education: '',
  occupation: '',
});

function access() {
  const fromTrack = loadSurveyAccess();
  if (fromTrack) return fromTrack;
  const code = new URLSearchParams(window.location.search).get('kode');
  const remembered = loadTracked();
  return remembered && (!code || remembered.trackingCode === code) ? remembered : null;
}

export default function SurveyPage() {
  const t = useT();
  const { lang } = useLang();
  const localize = useLocalize();
  const [who] = useState(access);
  const [draft, setDraft, clearDraft] = usePersistentState<SurveyDraft>(
    `blk.survey-draft.${who?.trackingCode ?? ''}`,
    emptySurvey,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: QuestionsQuery });
  const [{ fetching: sending }, submit] = useMutation(SubmitSurveyMutation);

  if (!who)
    return (
      <>
        <h1>{t.survey.title}</h1>
        <p className="alert alert-warning">{t.survey.missing}</p>
        <Link href="/lacak" className="button button-primary">
          {t.nav.track}
        </Link>
      </>
    );
  if (done) return <Thanks />;

  async function send(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setRefused(null);
    const answers = Object.fromEntries(
      (data?.surveyQuestions ?? []).map((q) => [
        q.key,
        Number(draft.answers[q.key] ?? '') || undefined,
      ]),
    );
    const profile = {
      sex: draft.sex,
      ageGroup: draft.ageGroup,
      education: draft.education,
      occupation: draft.occupation,
    };
    const parsed = parseInput(
      surveySubmissionSchema,
      { answers, comment: draft.comment, respondent: profile },
      lang,
    );
    if (!parsed.ok) {
      const next: Record<string, string> = {};
      for (const issue of parsed.issues) {
        const path = issue.path.replace(/^answers\./, '').replace(/^respondent\./, '');
        next[path] ??= issue.code === 'invalid_type' ? t.survey.pick : issue.message;
      }
      setErrors(next);
      requestAnimationFrame(() => focusFirstError(formRef.current, Object.keys(next)));
      return;
    }
    setErrors({});
    const { answers: a, comment, respondent } = parsed.data;
    const result = await submit({
      trackingCode: who?.trackingCode ?? '',
      accessToken: who?.accessToken ?? '',
      input: { answers: a, comment: comment ?? null, respondent: respondent ?? null },
    });
    if (result.error) return setFailure(failureOf(result.error));
    const outcome = result.data?.submitSatisfactionSurvey;
    if (!outcome) return setFailure({ kind: 'server' });
    if (outcome.__typename === 'TrackedTrainingRequest') {
      clearDraft();
      setDone(true);
      return;
    }
    if (outcome.__typename === 'OperationError' && outcome.errorCode === 'RATE_LIMITED')
      return setFailure({ kind: 'rateLimited', retryAfterSeconds: null });
    setRefused(outcome.message);
  }

  const profileSelect = (
    name: 'ageGroup' | 'education' | 'occupation',
    keys: readonly string[],
    labels: Record<string, Localized>,
  ) => (
    <Field name={name} label={t.survey[name]} error={errors[name]} optional>
      {(p) => (
        <select
          {...p}
          value={draft[name]}
          onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
        >
          <option value="">—</option>
          {keys.map((k) => (
            <option key={k} value={k}>
              {labels[k] ? localize(labels[k]) : k}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <>
      <h1>{t.survey.title}</h1>
      <p className="muted">{t.survey.for(who.trackingCode)}</p>
      <p>{t.survey.intro}</p>
      {fetching && !data ? <Loading /> : null}
      {error && !data ? (
        <FailureMessage
          failure={failureOf(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {data ? (
        <form ref={formRef} onSubmit={send} noValidate>
          {data.surveyQuestions.map((q, i) => (
            <fieldset
              key={q.key}
              id={fieldId(q.key)}
              tabIndex={-1}
              className={errors[q.key] ? 'field question field-invalid' : 'field question'}
              aria-describedby={errors[q.key] ? `${fieldId(q.key)}-error` : undefined}
            >
              <legend>
                <span className="muted">
                  {i + 1}. {q.name}
                </span>
                <br />
                {q.question}
              </legend>
              <div className="choices">
                {q.answers.map((answer) => (
                  <label key={answer.value} className="choice">
                    <input
                      type="radio"
                      name={q.key}
                      value={answer.value}
                      checked={draft.answers[q.key] === String(answer.value)}
                      onChange={() => {
                        setDraft((d) => ({
                          ...d,
                          answers: { ...d.answers, [q.key]: String(answer.value) },
                        }));
                        setErrors((e) => ({ ...e, [q.key]: '' }));
                      }}
                    />
                    {answer.label}
                  </label>
                ))}
              </div>
              {errors[q.key] ? (
                <p className="error" id={`${fieldId(q.key)}-error`}>
                  {errors[q.key]}
                </p>
              ) : null}
            </fieldset>
          ))}
          <Field name="comment" label={t.survey.comment} error={errors.comment} optional>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={draft.comment}
                onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
              />
            )}
          </Field>
          <details className="profile">
            <summary>{t.survey.profile}</summary>
            <fieldset className="field" id={fieldId('sex')}>
              <legend>{t.survey.sex}</legend>
              <div className="choices choices-inline">
                {(['L', 'P'] as const).map((s) => (
                  <label key={s} className="choice">
                    <input
                      type="radio"
                      name="sex"
                      checked={draft.sex === s}
                      onChange={() => setDraft((d) => ({ ...d, sex: s }))}
                    />
                    {s === 'L' ? t.survey.sexL : t.survey.sexP}
                  </label>
                ))}
              </div>
            </fieldset>
            {profileSelect('ageGroup', AGE_GROUPS, AGE_GROUP_LABELS)}
            {profileSelect('education', EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS)}
            {profileSelect('occupation', OCCUPATIONS, OCCUPATION_LABELS)}
          </details>
          {failure ? <FailureMessage failure={failure} /> : null}
          {refused ? (
            <p className="alert alert-error" role="alert">
              {refused}
            </p>
          ) : null}
          <button type="submit" className="button-primary" disabled={sending}>
            {t.survey.submit}
          </button>
        </form>
      ) : null}
    </>
  );
}

function Thanks() {
  const t = useT();
  const { lang } = useLang();
  const [{ data }] = useQuery({ query: IndexQuery, requestPolicy: 'network-only' });
  const s = data?.publicPerformance.satisfaction;
  return (
    <>
      <h1 tabIndex={-1}>{t.survey.thanksTitle}</h1>
      <p className="lead" role="status">
        {t.survey.thanks}
      </p>
      {s?.ikm != null ? (
        <div className="stat">
          <p className="stat-label">{t.survey.currentIndex}</p>
          <p className="stat-value" data-testid="ikm">
            {formatNumber(s.ikm, lang, 2)}
            {s.grade ? ` (${s.grade} — ${s.gradeLabel ?? ''})` : ''}
          </p>
          <p className="muted">{t.survey.respondents(s.respondents)}</p>
        </div>
      ) : null}
      <p>
        <Link href="/kinerja">{t.nav.performance}</Link>
      </p>
    </>
  );
}
