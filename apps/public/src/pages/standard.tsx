import { useQuery } from 'urql';
import { FailureMessage, Loading } from '../components/feedback-message';
import { graphql } from '../graphql';
import { useLang, useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';
import { formatDate } from '../lib/format';

const StandardQuery = graphql(`
  query Standard_Load {
    serviceStandard {
      versionNo
      effectiveAt
      completionWorkingDays
      maklumat
      components {
        no
        key
        label
        items
      }
      noConsultationReason
      consultations {
        versionNo
        heldOn
        place
        organisations {
          organisation
          category
          categoryLabel
        }
        inputsReceived
        inputsAccepted
      }
    }
    sopInForce {
      versionId
      pdfUrl
    }
  }
`);

/** The six published components of the Standar Pelayanan and the Maklumat, printable. */
export default function StandardPage() {
  const t = useT();
  const { lang } = useLang();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StandardQuery });
  if (fetching && !data) return <Loading />;
  if (!data)
    return error ? (
      <FailureMessage
        failure={failureOf(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : null;
  const s = data.serviceStandard;
  return (
    <article className="printable">
      <h1>{t.standard.title}</h1>
      <p>{t.standard.intro(s.versionNo)}</p>
      {s.effectiveAt ? (
        <p className="muted">
          {t.standard.effective}: {formatDate(s.effectiveAt, lang)}
        </p>
      ) : null}
      <ol className="components">
        {s.components.map((c) => (
          <li key={c.key}>
            <h2>{c.label}</h2>
            <ul>
              {c.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <section className="consultation" aria-labelledby="consultation">
        <h2 id="consultation">{t.standard.consultation}</h2>
        <p>{t.standard.consultationIntro}</p>
        {s.consultations.length === 0 ? <p>{t.standard.notConsulted}</p> : null}
        {s.consultations.map((c) => (
          <div key={`${c.heldOn}-${c.place}`}>
            <p>
              <strong>
                {t.standard.consultedOn(formatDate(c.heldOn, lang), c.place, c.versionNo)}
              </strong>
            </p>
            <p className="muted">{t.standard.consultedWith}:</p>
            <ul>
              {byCategory(c.organisations).map(([label, names]) => (
                <li key={label}>
                  {label}: {names.join(', ')}
                </li>
              ))}
            </ul>
            <p>{t.standard.consultedInputs(c.inputsReceived, c.inputsAccepted)}</p>
          </div>
        ))}
        {s.noConsultationReason ? (
          <p>{t.standard.editorialChange(s.versionNo, s.noConsultationReason)}</p>
        ) : null}
      </section>
      <section className="maklumat" aria-labelledby="maklumat">
        <h2 id="maklumat">{t.standard.maklumat}</h2>
        <blockquote>{s.maklumat}</blockquote>
      </section>
      <p className="actions no-print">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t.common.print}
        </button>
        {data.sopInForce ? (
          <a className="button button-secondary" href={data.sopInForce.pdfUrl}>
            {t.standard.sopPdf}
          </a>
        ) : null}
      </p>
    </article>
  );
}

/** The organisations of a consultation, grouped under their category, in the recorded order. */
function byCategory(
  organisations: readonly { organisation: string; categoryLabel: string }[],
): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const o of organisations) {
    const names = groups.get(o.categoryLabel) ?? [];
    names.push(o.organisation);
    groups.set(o.categoryLabel, names);
  }
  return [...groups];
}
