import { useQuery } from 'urql';
import { Link } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { graphql } from '../graphql';
import { useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';

const ProgramQuery = graphql(`
  query Program_Load($code: String!) {
    program(code: $code) {
      id
      code
      name
      description
      durationDays
      durationJp
      classSizeMin
      classSizeDefault
      classSizeMax
      minAge
      maxAge
      learningOutcomes
      requirements
      siteRequirements
      active
      kejuruan {
        code
        name
      }
      units {
        code
        title
        jp
      }
    }
  }
`);

export default function ProgramPage({ params }: { params: { code: string } }) {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgramQuery,
    variables: { code: decodeURIComponent(params.code) },
  });
  if (fetching && !data) return <Loading />;
  if (error && !data)
    return (
      <FailureMessage
        failure={failureOf(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  const program = data?.program;
  if (!program)
    return (
      <>
        <h1>{t.program.notFound}</h1>
        <Link href="/program">{t.program.backToList}</Link>
      </>
    );
  return (
    <article>
      <p>
        <Link href="/program">← {t.program.backToList}</Link>
      </p>
      <h1>{program.name}</h1>
      <p className="muted">
        {program.kejuruan.name} · {program.code}
      </p>
      <p className="lead">{program.description}</p>
      {program.active ? (
        <p>
          <Link href={`/ajukan?program=${program.id}`} className="button button-primary">
            {t.program.apply}
          </Link>
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t.program.duration}</dt>
        <dd>{t.program.durationValue(program.durationDays, program.durationJp)}</dd>
        <dt>{t.program.classSize}</dt>
        <dd>
          {t.program.classSizeValue(
            program.classSizeMin,
            program.classSizeDefault,
            program.classSizeMax,
          )}
        </dd>
        {program.minAge || program.maxAge ? (
          <>
            <dt>{t.program.age}</dt>
            <dd>
              {t.program.ageValue(program.minAge ?? null, program.maxAge ?? null)}.{' '}
              {t.program.ageNote}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t.program.learn}</h2>
      <ul>
        {program.learningOutcomes.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      {program.units.length > 0 ? (
        <>
          <h2>{t.program.units}</h2>
          <ol>
            {program.units.map((u) => (
              <li key={u.code}>
                {u.title} <span className="muted">({u.jp} JP)</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h2>{t.program.requirements}</h2>
      <ul>
        {program.requirements.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h2>{t.program.site}</h2>
      <ul>
        {program.siteRequirements.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {program.active ? (
        <p>
          <Link href={`/ajukan?program=${program.id}`} className="button button-primary">
            {t.program.apply}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
