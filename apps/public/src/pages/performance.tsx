import { useState } from 'react';
import { useQuery } from 'urql';
import { FailureMessage, Loading } from '../components/feedback-message';
import { graphql } from '../graphql';
import { useLang, useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';
import { formatNumber } from '../lib/format';

const PerformanceQuery = graphql(`
  query Performance_Load($year: Int) {
    publicPerformance(year: $year) {
      year
      requestsReceived
      requestsCompleted
      medianCompletionWorkingDays
      standardWorkingDaysToSchedule
      timeToSchedule {
        medianOfficeWorkingDays
        medianRequesterWorkingDays
        medianTotalWorkingDays
      }
      steps {
        measured
        onTime
        share
      }
      stepsByStep {
        stepKey
        name
        measured
        onTime
        share
      }
      satisfaction {
        ikm
        grade
        gradeLabel
        respondents
        requiredSampleSize
        method
        elements {
          key
          name
          mean
        }
      }
    }
  }
`);

/** A labelled horizontal bar (plain CSS): value out of max, with the figure written beside it. */
function Bar({
  label,
  value,
  max,
  text,
}: {
  label: string;
  value: number;
  max: number;
  text: string;
}) {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <li className="bar">
      <span className="bar-label">{label}</span>
      <span className="bar-track" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="bar-value">{text}</span>
    </li>
  );
}

/** The IKM on its 25-100 scale as a half-circle gauge (inline SVG). */
function Gauge({ ikm, label }: { ikm: number; label: string }) {
  const share = (Math.max(25, Math.min(100, ikm)) - 25) / 75;
  const angle = Math.PI * (1 - share);
  const x = 60 + 50 * Math.cos(angle);
  const y = 60 - 50 * Math.sin(angle);
  return (
    <svg viewBox="0 0 120 70" width="180" height="105" role="img" aria-label={label}>
      <path d="M10 60 A50 50 0 0 1 110 60" fill="none" stroke="#d9dde3" strokeWidth="12" />
      <path
        d={`M10 60 A50 50 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`}
        fill="none"
        stroke="#0b5394"
        strokeWidth="12"
      />
    </svg>
  );
}

export default function PerformancePage() {
  const t = useT();
  const { lang } = useLang();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PerformanceQuery,
    variables: { year },
  });
  const p = data?.publicPerformance;
  const pct = (share: number | null | undefined) =>
    share == null ? '—' : `${formatNumber(share * 100, lang, 0)}%`;
  return (
    <>
      <h1>{t.perf.title}</h1>
      <p>{t.perf.intro}</p>
      <div className="field field-inline">
        <label htmlFor="year">{t.perf.year}</label>
        <select
          id="year"
          value={year ?? ''}
          onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t.perf.allTime}</option>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {fetching && !p ? <Loading /> : null}
      {error && !p ? (
        <FailureMessage
          failure={failureOf(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {p ? (
        <>
          <div className="stats">
            <div className="stat">
              <p className="stat-label">{t.perf.received}</p>
              <p className="stat-value">{p.requestsReceived}</p>
            </div>
            <div className="stat">
              <p className="stat-label">{t.perf.completed}</p>
              <p className="stat-value">{p.requestsCompleted}</p>
            </div>
            <div className="stat" data-testid="office-time">
              <p className="stat-label">{t.perf.toSchedule}</p>
              <p className="stat-value">
                {p.timeToSchedule.medianOfficeWorkingDays == null
                  ? '—'
                  : t.common.workingDays(
                      formatNumber(p.timeToSchedule.medianOfficeWorkingDays, lang, 1),
                    )}
              </p>
              <p className="muted">
                {t.perf.standardDays(p.standardWorkingDaysToSchedule)}; {t.perf.officeClock}
              </p>
            </div>
            <div className="stat" data-testid="requester-wait">
              <p className="stat-label">{t.perf.requesterWait}</p>
              <p className="stat-value">
                {p.timeToSchedule.medianRequesterWorkingDays == null
                  ? '—'
                  : t.common.workingDays(
                      formatNumber(p.timeToSchedule.medianRequesterWorkingDays, lang, 1),
                    )}
              </p>
              <p className="muted">
                {t.perf.requesterWaitNote(
                  p.timeToSchedule.medianTotalWorkingDays == null
                    ? '—'
                    : formatNumber(p.timeToSchedule.medianTotalWorkingDays, lang, 1),
                )}
              </p>
            </div>
            <div className="stat">
              <p className="stat-label">{t.perf.completion}</p>
              <p className="stat-value">
                {p.medianCompletionWorkingDays == null
                  ? '—'
                  : t.common.workingDays(formatNumber(p.medianCompletionWorkingDays, lang, 1))}
              </p>
            </div>
            <div className="stat">
              <p className="stat-label">{t.perf.onTime}</p>
              <p className="stat-value">{pct(p.steps.share)}</p>
              <p className="muted">{t.perf.onTimeValue(p.steps.onTime, p.steps.measured)}</p>
            </div>
          </div>

          <section aria-labelledby="ikm">
            <h2 id="ikm">{t.perf.ikm}</h2>
            {p.satisfaction.ikm == null ? (
              <p>{t.perf.noData}</p>
            ) : (
              <div className="ikm">
                <Gauge ikm={p.satisfaction.ikm} label={`IKM ${p.satisfaction.ikm}`} />
                <div>
                  <p className="stat-value">{formatNumber(p.satisfaction.ikm, lang, 2)}</p>
                  <p>
                    {t.perf.grade}: <strong>{p.satisfaction.grade}</strong>{' '}
                    {p.satisfaction.gradeLabel ? `(${p.satisfaction.gradeLabel})` : ''}
                  </p>
                  <p className="muted">
                    {t.perf.sample(p.satisfaction.respondents, p.satisfaction.requiredSampleSize)}
                  </p>
                </div>
              </div>
            )}
            <h3>{t.perf.elements}</h3>
            <ul className="bars">
              {p.satisfaction.elements.map((e) => (
                <Bar
                  key={e.key}
                  label={e.name}
                  value={e.mean ?? 0}
                  max={4}
                  text={e.mean == null ? '—' : formatNumber(e.mean, lang, 2)}
                />
              ))}
            </ul>
            <p className="muted" data-testid="ikm-method">
              {p.satisfaction.method}
            </p>
          </section>

          <section aria-labelledby="bystep">
            <h2 id="bystep">{t.perf.byStep}</h2>
            <ul className="bars">
              {p.stepsByStep.map((s) => (
                <Bar
                  key={s.stepKey ?? s.name}
                  label={s.name ?? ''}
                  value={s.share ?? 0}
                  max={1}
                  text={`${pct(s.share)} (${s.onTime}/${s.measured})`}
                />
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
