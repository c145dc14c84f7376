import { FEEDBACK_KIND_LABELS } from '@blk/domain';
import { Alert, Anchor, Button, Checkbox, Drawer, Group, Select, Stack, Text } from '@mantine/core';
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
import { ListTable } from '../admin-common/list-table';
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
        <ListTable
          minWidth={800}
          withTableBorder
          highlightOnHover
          aria-label={t('title')}
          rows={items}
          rowKey={(item) => item.id}
          columns={[
            {
              head: t('colCode'),
              cell: (item) => (
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => setParam('id', item.id)}
                  aria-label={t('open', { code: item.trackingCode })}
                  ff="monospace"
                >
                  {item.trackingCode}
                </Anchor>
              ),
            },
            { head: t('colKind'), cell: (item) => pick(FEEDBACK_KIND_LABELS[item.kind]) },
            { head: t('colFrom'), cell: (item) => item.name ?? t('anonymous') },
            { head: t('colSubmitted'), cell: (item) => formatDateTime(item.submittedAt, lang) },
            { head: t('colDeadline'), cell: (item) => <Deadline item={item} /> },
            { head: t('status'), cell: (item) => <StatusBadge status={item.status} /> },
          ]}
        />
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
