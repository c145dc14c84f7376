import { Stack } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { SlaBadge, TimeLeft } from '../../components/sla-badge';
import { formatDate, formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import {
  LocationCell,
  RequesterCell,
  RequestSummaryFragment,
  TrackingCodeLink,
} from './request-cells';

/** One page of the staff's request list, filtered and sorted by the server. */
export const RequestsQuery = graphql(
  `
  query Requests_List(
    $first: Int!
    $after: String
    $filter: TrainingRequestFilter
    $orderBy: TrainingRequestOrder
  ) {
    trainingRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        node {
          ...RequestSummary
          state
          submittedAt
          participantsExpected
          program {
            id
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
`,
  [RequestSummaryFragment],
);

/** A row of the request list. */
export type RequestRow = ResultOf<
  typeof RequestsQuery
>['trainingRequests']['edges'][number]['node'];

/** The request list's columns: what each shows, and which two sort (submitted, deadline). */
export function useRequestColumns(): ColumnDef<RequestRow>[] {
  const { t, lang } = useI18n();
  return useMemo<ColumnDef<RequestRow>[]>(
    () => [
      {
        id: 'trackingCode',
        header: t('col.trackingCode'),
        enableSorting: false,
        cell: ({ row }) => <TrackingCodeLink request={row.original} />,
      },
      {
        id: 'requester',
        header: t('col.requester'),
        enableSorting: false,
        cell: ({ row }) => <RequesterCell requester={row.original.requester} />,
      },
      {
        id: 'location',
        header: t('col.location'),
        enableSorting: false,
        cell: ({ row }) => <LocationCell request={row.original} />,
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
    [t, lang],
  );
}
