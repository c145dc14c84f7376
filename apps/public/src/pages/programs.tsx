import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { FailureMessage, Loading } from '../components/feedback-message';
import { graphql } from '../graphql';
import { useT } from '../i18n/lang';
import { failureOf } from '../lib/errors';

const PAGE_SIZE = 6;
const MAX_DAYS_CHOICES = [7, 10, 14, 20, 30];

const KejuruanQuery = graphql(`
  query Programs_Kejuruan {
    kejuruan {
      code
      name
    }
  }
`);

export const ProgramsQuery = graphql(`
  query Programs_List($first: Int!, $after: String, $search: String, $kejuruan: String, $maxDays: Int) {
    programs(first: $first, after: $after, search: $search, kejuruan: $kejuruan, maxDays: $maxDays) {
      edges {
        cursor
        node {
          id
          code
          name
          description
          durationDays
          durationJp
          classSizeMin
          classSizeMax
          kejuruan {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Filters {
  search: string;
  kejuruan: string;
  maxDays: string;
}

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return {
    search: params.get('cari') ?? '',
    kejuruan: params.get('kejuruan') ?? '',
    maxDays: params.get('hari') ?? '',
  };
}

export default function ProgramsPage() {
  const t = useT();
  const search = useSearch();
  const [filters, setFilters] = useState<Filters>(() => readFilters(search));
  const [draft, setDraft] = useState<Filters>(filters);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data: kejuruan }] = useQuery({ query: KejuruanQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgramsQuery,
    variables: {
      first: PAGE_SIZE,
      after,
      search: filters.search.trim() || null,
      kejuruan: filters.kejuruan || null,
      maxDays: filters.maxDays ? Number(filters.maxDays) : null,
    },
  });

  function apply(e: FormEvent) {
    e.preventDefault();
    setAfter(null);
    setFilters(draft);
    const params = new URLSearchParams();
    if (draft.search.trim()) params.set('cari', draft.search.trim());
    if (draft.kejuruan) params.set('kejuruan', draft.kejuruan);
    if (draft.maxDays) params.set('hari', draft.maxDays);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }

  const edges = data?.programs.edges ?? [];
  return (
    <>
      <h1>{t.programs.title}</h1>
      <p>{t.programs.intro}</p>
      <form className="filters" onSubmit={apply} aria-label={t.programs.search}>
        <div className="field">
          <label htmlFor="search">{t.programs.search}</label>
          <input
            id="search"
            type="search"
            value={draft.search}
            onChange={(e) => setDraft({ ...draft, search: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="kejuruan">{t.programs.kejuruan}</label>
          <select
            id="kejuruan"
            value={draft.kejuruan}
            onChange={(e) => setDraft({ ...draft, kejuruan: e.target.value })}
          >
            <option value="">{t.programs.allKejuruan}</option>
            {kejuruan?.kejuruan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="maxDays">{t.programs.maxDays}</label>
          <select
            id="maxDays"
            value={draft.maxDays}
            onChange={(e) => setDraft({ ...draft, maxDays: e.target.value })}
          >
            <option value="">{t.programs.anyLength}</option>
            {MAX_DAYS_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t.programs.upToDays(n)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          {t.programs.filter}
        </button>
      </form>

      {error ? (
        <FailureMessage
          failure={failureOf(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {data && edges.length === 0 ? <p>{t.programs.none}</p> : null}
      <ul className="cards" aria-busy={fetching}>
        {edges.map(({ node }) => (
          <li key={node.id} className="card">
            <h2>
              <Link href={`/program/${encodeURIComponent(node.code)}`}>{node.name}</Link>
            </h2>
            <p className="muted">
              {node.kejuruan.name} · {t.programs.length(node.durationDays, node.durationJp)} ·{' '}
              {t.programs.classSize(node.classSizeMin, node.classSizeMax)}
            </p>
            <p>{node.description}</p>
          </li>
        ))}
      </ul>
      {fetching ? <Loading /> : null}
      {data?.programs.pageInfo.hasNextPage && !fetching ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => setAfter(data.programs.pageInfo.endCursor ?? null)}
        >
          {t.programs.loadMore}
        </button>
      ) : null}
    </>
  );
}
