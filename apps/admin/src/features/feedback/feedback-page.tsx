import { FEEDBACK_KIND_LABELS } from '@blk/domain';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { lazy, Suspense, useState } from 'react';

const FeedbackDetail = lazy(async () => ({
  default: (await import('./feedback-detail')).FeedbackDetail,
}));

import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { PageHeader } from '../admin-common/page-header';
import { Deadline, FeedbackFields, STATUSES, StatusBadge } from './feedback-parts';
import { useFeedbackText } from './text';

const InboxQuery = graphql(
  `
  query FeedbackInbox_Inbox($status: FeedbackStatus, $overdue: Boolean, $after: String) {
    feedbackInbox(status: $status, overdue: $overdue, first: 50, after: $after) {
      edges {
        cursor
        node {
          ...FeedbackInbox_Feedback
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [FeedbackFields],
);

/** The open message by id, so a link to `?id=` works whatever page of the list it is on. */
const DetailQuery = graphql(
  `
  query FeedbackInbox_Detail($id: ID!) {
    feedback(id: $id) {
      ...FeedbackInbox_Feedback
    }
  }
`,
  [FeedbackFields],
);

/** Complaints, suggestions and questions: filter, read, answer and close. */
export default function FeedbackPage() {
  const t = useFeedbackText();
  const { lang, pick } = useI18n();
  const [search, setSearch] = useSearchParams();
  const status = STATUSES.find((s) => s === search.get('status'));
  const overdue = search.get('overdue') === 'true' ? true : undefined;
  const openId = search.get('id');
  const [after, setAfter] = useState<string | undefined>();
  const [{ data, fetching, error }] = useQuery({
    query: InboxQuery,
    variables: { status, overdue, after },
    requestPolicy: 'cache-and-network',
  });
  const [detail] = useQuery({
    query: DetailQuery,
    variables: { id: openId ?? '' },
    pause: openId === null,
    requestPolicy: 'cache-and-network',
  });

  function setParam(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'id') setAfter(undefined);
    setSearch(next, { replace: key !== 'id' });
  }

  const items = data?.feedbackInbox.edges.map((e) => e.node) ?? [];
  // The list row shows at once; the detail query (also kept current by the cache) takes over.
  const open = detail.data?.feedback ?? items.find((i) => i.id === openId);

  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')} />
      <Group align="flex-end">
        <Select
          label={t('status')}
          data={[
            { value: '', label: t('all') },
            ...STATUSES.map((s) => ({ value: s, label: t(s) })),
          ]}
          value={status ?? ''}
          onChange={(v) => setParam('status', v || undefined)}
          allowDeselect={false}
          w={200}
        />
        <Checkbox
          label={t('overdueOnly')}
          checked={overdue === true}
          onChange={(e) => setParam('overdue', e.currentTarget.checked ? 'true' : undefined)}
          mb={8}
        />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error.graphQLErrors[0]?.message ?? error.message}
        </Alert>
      )}
      {fetching && !data ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder highlightOnHover aria-label={t('title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('colCode')}</Table.Th>
                <Table.Th>{t('colKind')}</Table.Th>
                <Table.Th>{t('colFrom')}</Table.Th>
                <Table.Th>{t('colSubmitted')}</Table.Th>
                <Table.Th>{t('colDeadline')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setParam('id', item.id)}
                      aria-label={t('open', { code: item.trackingCode })}
                      ff="monospace"
                    >
                      {item.trackingCode}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{pick(FEEDBACK_KIND_LABELS[item.kind])}</Table.Td>
                  <Table.Td>{item.name ?? t('anonymous')}</Table.Td>
                  <Table.Td>{formatDateTime(item.submittedAt, lang)}</Table.Td>
                  <Table.Td>
                    <Deadline item={item} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data?.feedbackInbox.pageInfo.hasNextPage && (
        <Button
          variant="default"
          onClick={() => setAfter(data.feedbackInbox.pageInfo.endCursor ?? undefined)}
        >
          {t('more')}
        </Button>
      )}
      <Drawer
        opened={openId !== null}
        onClose={() => setParam('id', undefined)}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': t('closeDrawer') }}
        title={open ? t('detail', { code: open.trackingCode }) : t('title')}
      >
        {open ? (
          <Suspense fallback={<PageLoader />}>
            <FeedbackDetail key={open.id} item={open} />
          </Suspense>
        ) : detail.fetching || detail.stale ? (
          <PageLoader />
        ) : detail.error ? (
          <Alert color="red" role="alert">
            {detail.error.graphQLErrors[0]?.message ?? detail.error.message}
          </Alert>
        ) : (
          <Text>{t('notFound')}</Text>
        )}
      </Drawer>
    </Stack>
  );
}
