import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { SlaBadge, TimeLeft } from '../../components/sla-badge';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { useViewer } from '../auth/viewer';
import {
  LocationCell,
  RequesterCell,
  RequestSummaryFragment,
  TrackingCodeLink,
} from '../requests/request-cells';
import { SopReviewDueNotice } from '../sop-review/due-notice';
import { AttentionPanel } from './attention-panel';

const PAGE = 25;

export const MyWorkQuery = graphql(
  `
  query MyWork_List($first: Int!, $after: String) {
    myWork(first: $first, after: $after) {
      edges {
        node {
          ...RequestSummary
          schedules {
            id
            cancelledAt
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

/** The requests waiting on the signed-in user, earliest deadline first. */
export default function MyWorkPage() {
  const { t, lang } = useI18n();
  const { viewer } = useViewer();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: MyWorkQuery,
    variables: { first: PAGE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const edges = data?.myWork.edges ?? [];
  const pageInfo = data?.myWork.pageInfo;

  return (
    <Stack>
      <PageHeader title={t('myWork.title')} hint={t('myWork.intro')} />
      {error ? (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? t('error.network')}
        </Alert>
      ) : null}
      {viewer?.can.viewSopReviews ? <SopReviewDueNotice /> : null}
      {viewer?.can.viewPerformance ? <AttentionPanel /> : null}
      {!fetching && edges.length === 0 && !error ? (
        <Alert color="green">{t('myWork.empty')}</Alert>
      ) : null}
      {edges.length > 0 ? (
        <ListTable
          minWidth={760}
          highlightOnHover
          aria-label={t('myWork.title')}
          rows={edges.map((e) => e.node)}
          rowKey={(node) => node.id}
          columns={[
            { head: t('col.trackingCode'), cell: (node) => <TrackingCodeLink request={node} /> },
            {
              head: t('col.requester'),
              cell: (node) => <RequesterCell requester={node.requester} />,
            },
            { head: t('col.location'), cell: (node) => <LocationCell request={node} /> },
            {
              head: t('col.step'),
              cell: (node) => (
                <>
                  <Text size="sm">{node.stepName}</Text>
                  {node.schedules
                    .filter((c) => !c.cancelledAt)
                    .map((c) => (
                      <Anchor
                        key={c.id}
                        component={Link}
                        to={`/kelas/${c.id}`}
                        size="sm"
                        aria-label={`${t('detail.manageClass')} ${node.trackingCode}`}
                      >
                        {t('detail.manageClass')}
                      </Anchor>
                    ))}
                </>
              ),
            },
            { head: t('col.sla'), cell: (node) => <SlaBadge status={node.sla.status} /> },
            {
              head: t('col.timeLeft'),
              cell: (node) => <TimeLeft days={node.sla.workingDaysLeft} />,
            },
            { head: t('col.deadline'), cell: (node) => formatDateTime(node.stepDueAt, lang) },
          ]}
        />
      ) : null}
      <CursorPager pages={pages} pageInfo={pageInfo} />
    </Stack>
  );
}
