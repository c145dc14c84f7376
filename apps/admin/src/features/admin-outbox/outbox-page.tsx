import { Button, Code, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
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
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('outbox.title')} aria-busy={result.fetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outbox.createdAt')}</Table.Th>
              <Table.Th>{t('outbox.channel')}</Table.Th>
              <Table.Th>{t('outbox.recipient')}</Table.Th>
              <Table.Th>{t('outbox.template')}</Table.Th>
              <Table.Th>{t('outbox.status')}</Table.Th>
              <Table.Th>{t('outbox.attempts')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.length === 0 && !result.fetching ? (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('common.empty')}</Table.Td>
              </Table.Tr>
            ) : null}
            {messages.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(m.createdAt, lang)}
                </Table.Td>
                <Table.Td>{m.channel === 'sms' ? 'SMS' : 'E-mail'}</Table.Td>
                <Table.Td>{m.recipient}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {m.template}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StateBadge color={STATUS_COLOR[m.status]}>{t(`outbox.${m.status}`)}</StateBadge>
                  {m.lastError ? (
                    <Text size="xs" c="red.8">
                      {m.lastError}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{m.attempts}</Table.Td>
                <Table.Td>
                  {m.rendered ? (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`${t('outbox.show')} ${m.template} ${m.recipient}`}
                      onClick={() => setShown(m)}
                    >
                      {t('outbox.show')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
