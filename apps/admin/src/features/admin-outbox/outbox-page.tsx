import { Button, Code, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ListTable, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { StateBadge } from '../admin-common/state-badge';
import { ErrorAlert } from '../admin-common/status-alert';
import { useAdminText } from '../admin-common/text';

const OutboxQuery = graphql(`
  query Admin_Outbox($status: NotificationStatus, $after: String) {
    outbox(first: 50, status: $status, after: $after) {
      edges {
        node {
          id
          channel
          recipient
          template
          status
          attempts
          createdAt
          sentAt
          lastError
          deliveredTo
          rendered {
            subject
            text
            sms
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

type Message = ResultOf<typeof OutboxQuery>['outbox']['edges'][number]['node'];
const STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
const STATUS_COLOR = {
  pending: 'yellow.9',
  sending: 'blue.8',
  sent: 'green.9',
  failed: 'red.9',
} as const;

export default function OutboxPage() {
  const { lang } = useI18n();
  const t = useAdminText();
  const [status, setStatus] = useState<'all' | (typeof STATUSES)[number]>('all');
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({
    query: OutboxQuery,
    variables: { status: status === 'all' ? null : status, after },
    requestPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<Message | null>(null);
  const messages = result.data?.outbox.edges.map((e) => e.node) ?? [];
  const pageInfo = result.data?.outbox.pageInfo;

  return (
    <Stack>
      <PageHeader title={t('outbox.title')} hint={t('outbox.hint')} />
      <SegmentedControl
        aria-label={t('outbox.status')}
        w="fit-content"
        value={status}
        onChange={(v) => {
          setAfter(null);
          setStatus(v as typeof status);
        }}
        data={[
          { value: 'all', label: t('outbox.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`outbox.${s}`) })),
        ]}
      />
      <ErrorAlert message={result.error?.message} />
      <ListTable
        aria-label={t('outbox.title')}
        busy={result.fetching}
        rows={messages}
        rowKey={(m) => m.id}
        empty={t('common.empty')}
        columns={[
          {
            head: t('outbox.createdAt'),
            nowrap: true,
            cell: (m) => formatDateTime(m.createdAt, lang),
          },
          { head: t('outbox.channel'), cell: (m) => (m.channel === 'sms' ? 'SMS' : 'E-mail') },
          { head: t('outbox.recipient'), cell: (m) => m.recipient },
          {
            head: t('outbox.template'),
            cell: (m) => (
              <Text size="sm" ff="monospace">
                {m.template}
              </Text>
            ),
          },
          {
            head: t('outbox.status'),
            cell: (m) => (
              <>
                <StateBadge color={STATUS_COLOR[m.status]}>{t(`outbox.${m.status}`)}</StateBadge>
                {m.lastError ? (
                  <Text size="xs" c="red.8">
                    {m.lastError}
                  </Text>
                ) : null}
              </>
            ),
          },
          { head: t('outbox.attempts'), cell: (m) => m.attempts },
          {
            head: t('common.actions'),
            cell: (m) =>
              m.rendered ? (
                <RowButton
                  label={t('outbox.show')}
                  name={`${m.template} ${m.recipient}`}
                  onClick={() => setShown(m)}
                />
              ) : null,
          },
        ]}
      />
      <Group>
        {after ? (
          <Button variant="default" onClick={() => setAfter(null)}>
            ←
          </Button>
        ) : null}
        {pageInfo?.hasNextPage ? (
          <Button variant="default" onClick={() => setAfter(pageInfo.endCursor ?? null)}>
            {t('outbox.more')}
          </Button>
        ) : null}
      </Group>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        size="lg"
        title={shown ? `${shown.template} → ${shown.recipient}` : ''}
      >
        {shown?.rendered ? (
          <Stack>
            {shown.channel === 'sms' ? (
              <Code block style={{ whiteSpace: 'pre-wrap' }}>
                {shown.rendered.sms}
              </Code>
            ) : (
              <>
                <Text fw={600}>{shown.rendered.subject}</Text>
                <Code block style={{ whiteSpace: 'pre-wrap' }}>
                  {shown.rendered.text}
                </Code>
              </>
            )}
            {shown.deliveredTo ? (
              <Text size="xs" c="dimmed">
                {shown.deliveredTo}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
