import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { SlaBadge, TimeLeft } from '../../components/sla-badge';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
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
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label={t('myWork.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.trackingCode')}</Table.Th>
                <Table.Th>{t('col.requester')}</Table.Th>
                <Table.Th>{t('col.location')}</Table.Th>
                <Table.Th>{t('col.step')}</Table.Th>
                <Table.Th>{t('col.sla')}</Table.Th>
                <Table.Th>{t('col.timeLeft')}</Table.Th>
                <Table.Th>{t('col.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <TrackingCodeLink request={node} />
                  </Table.Td>
                  <Table.Td>
                    <RequesterCell requester={node.requester} />
                  </Table.Td>
                  <Table.Td>
                    <LocationCell request={node} />
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>
                    <SlaBadge status={node.sla.status} />
                  </Table.Td>
                  <Table.Td>
                    <TimeLeft days={node.sla.workingDaysLeft} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(node.stepDueAt, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <CursorPager pages={pages} pageInfo={pageInfo} />
    </Stack>
  );
}
