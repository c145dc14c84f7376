import { Button, Group, Stack, Text } from '@mantine/core';
import { getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { useI18n } from '../../lib/i18n';
import { PageHeader } from '../admin-common/page-header';
import { ErrorAlert } from '../admin-common/status-alert';
import {
  filtersFromParams,
  type RequestSort,
  sortFromParams,
  toExportQuery,
  toGraphqlFilter,
} from './filters';
import { type RequestRow, RequestsQuery, useRequestColumns } from './request-columns';
import { RequestFilterPanel } from './request-filter-panel';
import { SortableTable } from './sortable-table';

/** The files "Export this view" offers, with their buttons' words. */
const EXPORT_FORMATS = [
  { file: 'requests.csv', label: 'requests.exportCsv' },
  { file: 'requests.xlsx', label: 'requests.exportXlsx' },
] as const;

const PAGE = 25;

function sortingOf(sort: RequestSort): SortingState {
  if (sort === 'DUE_SOONEST') return [{ id: 'stepDueAt', desc: false }];
  return [{ id: 'submittedAt', desc: sort === 'SUBMITTED_NEWEST' }];
}

function sortOf(sorting: SortingState): RequestSort {
  const first = sorting[0];
  if (first?.id === 'stepDueAt') return 'DUE_SOONEST';
  return first?.desc === false ? 'SUBMITTED_OLDEST' : 'SUBMITTED_NEWEST';
}

/** Every request, filtered, sorted and paged by the server; the same view exports. */
export default function RequestsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const sort = sortFromParams(params);
  const pages = useCursorPages();

  const [{ data, fetching, error }] = useQuery({
    query: RequestsQuery,
    variables: { first: PAGE, after: pages.after, filter: toGraphqlFilter(filters), orderBy: sort },
    requestPolicy: 'cache-and-network',
  });

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    pages.reset();
    setParams(next, { replace: true });
  };

  const columns = useRequestColumns();
  const rows = useMemo(() => data?.trainingRequests.edges.map((e) => e.node) ?? [], [data]);
  const table = useReactTable<RequestRow>({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    state: { sorting: sortingOf(sort) },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sortingOf(sort)) : updater;
      setParam('sort', sortOf(next));
    },
  });

  const pageInfo = data?.trainingRequests.pageInfo;
  const exportQuery = toExportQuery(filters);

  return (
    <Stack>
      <PageHeader title={t('requests.title')}>
        <Group gap="xs">
          {EXPORT_FORMATS.map(({ file, label }) => (
            <Button
              key={file}
              component="a"
              href={`/exports/${file}${exportQuery}`}
              download
              variant="default"
            >
              {t(label)}
            </Button>
          ))}
        </Group>
      </PageHeader>

      <RequestFilterPanel
        filters={filters}
        setParam={setParam}
        onReset={() => {
          pages.reset();
          setParams(new URLSearchParams(), { replace: true });
        }}
      />

      <ErrorAlert
        message={error ? (error.graphQLErrors[0]?.message ?? t('error.network')) : null}
      />

      <SortableTable table={table} label={t('requests.title')} busy={fetching} />
      {!fetching && rows.length === 0 ? <Text>{t('requests.empty')}</Text> : null}

      <CursorPager pages={pages} pageInfo={pageInfo} numbered />
    </Stack>
  );
}
