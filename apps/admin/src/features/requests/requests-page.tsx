import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from '@blk/domain';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { SlaBadge, TimeLeft } from '../../components/sla-badge';
import { formatDate, formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import {
  FILTER_PARAM,
  filtersFromParams,
  type RequestSort,
  sortFromParams,
  toExportQuery,
  toGraphqlFilter,
} from './filters';

const PAGE = 25;

export const RequestsQuery = graphql(`
  query Requests_List(
    $first: Int!
    $after: String
    $filter: TrainingRequestFilter
    $orderBy: TrainingRequestOrder
  ) {
    trainingRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        node {
          id
          trackingCode
          state
          stepName
          stepDueAt
          submittedAt
          participantsExpected
          requester {
            organizationName
            type
          }
          region {
            code
            name
          }
          kabupaten {
            code
            name
          }
          program {
            id
            name
          }
          sla {
            status
            workingDaysLeft
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

const OptionsQuery = graphql(`
  query Requests_FilterOptions {
    regions {
      code
      name
    }
    programs(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    sopVersions {
      id
      status
      definition
    }
  }
`);

type Row = ResultOf<typeof RequestsQuery>['trainingRequests']['edges'][number]['node'];

/** Steps of the SOP in force, for the state filter, in the SOP's order. */
function stepsOf(definition: unknown, lang: 'id' | 'en'): { value: string; label: string }[] {
  const steps = (definition as { steps?: { key: string; name?: { id: string; en: string } }[] })
    ?.steps;
  return (steps ?? []).map((s) => ({ value: s.key, label: s.name?.[lang] ?? s.key }));
}

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
  const { t, lang, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const sort = sortFromParams(params);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [search, setSearch] = useState(filters.search ?? '');
  const after = cursors[cursors.length - 1] ?? null;

  const [{ data, fetching, error }] = useQuery({
    query: RequestsQuery,
    variables: { first: PAGE, after, filter: toGraphqlFilter(filters), orderBy: sort },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: options }] = useQuery({ query: OptionsQuery });

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setCursors([null]);
    setParams(next, { replace: true });
  };

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        id: 'trackingCode',
        header: t('col.trackingCode'),
        enableSorting: false,
        cell: ({ row }) => (
          <Anchor
            component={Link}
            to={`/permohonan/${row.original.id}`}
            ff="monospace"
            style={{ whiteSpace: 'nowrap' }}
          >
            {row.original.trackingCode}
          </Anchor>
        ),
      },
      {
        id: 'requester',
        header: t('col.requester'),
        enableSorting: false,
        cell: ({ row }) => (
          <>
            <Text size="sm">{row.original.requester.organizationName}</Text>
            <Text size="xs" c="dimmed">
              {pick(REQUESTER_TYPE_LABELS[row.original.requester.type])}
            </Text>
          </>
        ),
      },
      {
        id: 'location',
        header: t('col.location'),
        enableSorting: false,
        cell: ({ row }) => (
          <>
            <Text size="sm">{row.original.region.name}</Text>
            <Text size="xs" c="dimmed">
              {row.original.kabupaten?.name}
            </Text>
          </>
        ),
      },
      {
        id: 'program',
        header: t('col.program'),
        enableSorting: false,
        cell: ({ row }) => row.original.program?.name ?? t('requests.noProgram'),
      },
      {
        id: 'step',
        header: t('col.step'),
        enableSorting: false,
        cell: ({ row }) => row.original.stepName,
      },
      {
        id: 'sla',
        header: t('col.sla'),
        enableSorting: false,
        cell: ({ row }) => (
          <Stack gap={2}>
            <SlaBadge status={row.original.sla.status} />
            {row.original.sla.status ? <TimeLeft days={row.original.sla.workingDaysLeft} /> : null}
          </Stack>
        ),
      },
      {
        id: 'submittedAt',
        accessorFn: (r) => r.submittedAt,
        header: t('col.submittedAt'),
        enableSorting: true,
        sortDescFirst: true,
        cell: ({ row }) => formatDate(row.original.submittedAt, lang),
      },
      {
        id: 'stepDueAt',
        accessorFn: (r) => r.stepDueAt,
        header: t('col.deadline'),
        enableSorting: true,
        cell: ({ row }) => formatDateTime(row.original.stepDueAt, lang),
      },
    ],
    [t, lang, pick],
  );

  const rows = useMemo(() => data?.trainingRequests.edges.map((e) => e.node) ?? [], [data]);
  const table = useReactTable({
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
  const published = options?.sopVersions.find((v) => v.status === 'published');
  const stateOptions = stepsOf(published?.definition, lang);

  const applySearch = (e: FormEvent) => {
    e.preventDefault();
    setParam(FILTER_PARAM.search, search.trim() || undefined);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('requests.title')}
        </Title>
        <Group gap="xs">
          <Button
            component="a"
            href={`/exports/requests.csv${exportQuery}`}
            download
            variant="default"
          >
            {t('requests.exportCsv')}
          </Button>
          <Button
            component="a"
            href={`/exports/requests.xlsx${exportQuery}`}
            download
            variant="default"
          >
            {t('requests.exportXlsx')}
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="md" radius="md" component="section" aria-label={t('filters.label')}>
        <form onSubmit={applySearch}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <TextInput
              label={t('filters.search')}
              placeholder={t('filters.searchHint')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              onBlur={() =>
                (search.trim() || undefined) !== filters.search &&
                setParam(FILTER_PARAM.search, search.trim() || undefined)
              }
            />
            <NativeSelect
              label={t('filters.state')}
              value={filters.states?.[0] ?? ''}
              onChange={(e) => setParam(FILTER_PARAM.states, e.currentTarget.value || undefined)}
              data={[{ value: '', label: t('filters.all') }, ...stateOptions]}
            />
            <NativeSelect
              label={t('filters.region')}
              value={filters.regionPrefix ?? ''}
              onChange={(e) =>
                setParam(FILTER_PARAM.regionPrefix, e.currentTarget.value || undefined)
              }
              data={[
                { value: '', label: t('filters.all') },
                ...(options?.regions ?? []).map((r) => ({ value: r.code, label: r.name })),
              ]}
            />
            <NativeSelect
              label={t('filters.program')}
              value={filters.programId ?? ''}
              onChange={(e) => setParam(FILTER_PARAM.programId, e.currentTarget.value || undefined)}
              data={[
                { value: '', label: t('filters.all') },
                ...(options?.programs.edges ?? []).map((e) => ({
                  value: e.node.id,
                  label: e.node.name,
                })),
              ]}
            />
            <NativeSelect
              label={t('filters.requesterType')}
              value={filters.requesterTypes?.[0] ?? ''}
              onChange={(e) =>
                setParam(FILTER_PARAM.requesterTypes, e.currentTarget.value || undefined)
              }
              data={[
                { value: '', label: t('filters.all') },
                ...REQUESTER_TYPES.map((type) => ({
                  value: type,
                  label: pick(REQUESTER_TYPE_LABELS[type]),
                })),
              ]}
            />
            <TextInput
              type="date"
              label={t('filters.from')}
              value={filters.submittedFrom ?? ''}
              onChange={(e) =>
                setParam(FILTER_PARAM.submittedFrom, e.currentTarget.value || undefined)
              }
            />
            <TextInput
              type="date"
              label={t('filters.to')}
              value={filters.submittedTo ?? ''}
              onChange={(e) =>
                setParam(FILTER_PARAM.submittedTo, e.currentTarget.value || undefined)
              }
            />
            <Stack justify="flex-end" gap="xs">
              <Checkbox
                label={t('filters.overdue')}
                checked={filters.overdueOnly === true}
                onChange={(e) =>
                  setParam(FILTER_PARAM.overdueOnly, e.currentTarget.checked ? 'true' : undefined)
                }
              />
              <Group gap="xs">
                <Button type="submit" size="xs">
                  {t('filters.apply')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => {
                    setSearch('');
                    setCursors([null]);
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                >
                  {t('filters.reset')}
                </Button>
              </Group>
            </Stack>
          </SimpleGrid>
        </form>
      </Paper>

      {error ? (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? t('error.network')}
        </Alert>
      ) : null}

      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover aria-label={t('requests.title')} aria-busy={fetching}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <Table.Th
                      key={header.id}
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      {header.column.getCanSort() ? (
                        <UnstyledButton
                          fw={700}
                          fz="sm"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {label}{' '}
                          <span aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </UnstyledButton>
                      ) : (
                        label
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!fetching && rows.length === 0 ? <Text>{t('requests.empty')}</Text> : null}

      <Group display={cursors.length <= 1 && !pageInfo?.hasNextPage ? 'none' : 'flex'}>
        <Button
          variant="default"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('page.previous')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('page.number', { page: cursors.length })}
        </Text>
        <Button
          variant="default"
          disabled={!pageInfo?.hasNextPage}
          onClick={() => pageInfo?.endCursor && setCursors((c) => [...c, pageInfo.endCursor])}
        >
          {t('page.next')}
        </Button>
      </Group>
    </Stack>
  );
}
