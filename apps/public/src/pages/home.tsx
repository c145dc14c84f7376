import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from '@blk/domain';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { graphql } from '../graphql';
import { useLocalize, useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';
import { mainPathSteps, type SopDocumentShape } from '../lib/sop';

const HomeQuery = graphql(`
  query Home_Load {
    sopInForce {
      versionId
      document
    }
    serviceStandard {
      completionWorkingDays
    }
  }
`);

export default function HomePage() {
  const t = useT();
  const localize = useLocalize();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeQuery });
  const steps = data?.sopInForce ? mainPathSteps(data.sopInForce.document as SopDocumentShape) : [];
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.intro}</p>
      <p>
        <Link href="/ajukan" className="button button-primary">
          {t.home.cta}
        </Link>
      </p>

      <section aria-labelledby="time">
        <h2 id="time">{t.home.timeTitle}</h2>
        {/* Space kept while the figure loads, so the page does not jump. */}
        <p className="callout time-callout" aria-busy={!data}>
          {data ? t.home.time(data.serviceStandard.completionWorkingDays) : t.net.loading}
        </p>
      </section>

      <section aria-labelledby="who">
        <h2 id="who">{t.home.whoTitle}</h2>
        <p>{t.home.whoIntro}</p>
        <ul className="chips">
          {REQUESTER_TYPES.map((type) => (
            <li key={type}>{localize(REQUESTER_TYPE_LABELS[type])}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how">
        <h2 id="how">{t.home.howTitle}</h2>
        <p>{t.home.howIntro}</p>
        {fetching && !data ? <Loading /> : null}
        {error && !data ? (
          <FailureMessage
            failure={failureOf(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : null}
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.stepKey}>
              <strong>{step.description}</strong>
              <span className="muted">
                {' '}
                — {step.byRequester ? t.home.byRequester : step.roleLabel}
                {step.waktu && step.waktu !== '-' ? `, ${step.waktu}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="need">
        <h2 id="need">{t.home.needTitle}</h2>
        <ul>
          {t.home.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      </section>

      <p className="actions">
        <Link href="/ajukan" className="button button-primary">
          {t.home.cta}
        </Link>
        <Link href="/program" className="button button-secondary">
          {t.home.ctaBrowse}
        </Link>
      </p>
      <p>
        <Link href="/lacak">{t.home.trackLink}</Link>
      </p>
    </>
  );
}
