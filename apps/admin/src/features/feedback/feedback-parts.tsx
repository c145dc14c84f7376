import { Badge, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { useFeedbackText } from './text';

/** The fields the list rows and the drawer show (unmasked: the drawer reads them directly). */
export const FeedbackFields = graphql(`
  fragment FeedbackInbox_Feedback on Feedback @_unmask {
    id
    trackingCode
    kind
    status
    name
    email
    phone
    message
    relatedRequestTrackingCode
    submittedAt
    responseDueAt
    overdue
    response
    respondedAt
    respondedBy {
      id
      name
    }
    closedAt
    viewerCanRespond
    viewerCanClose
  }
`);

export type Item = ResultOf<typeof FeedbackFields>;
export const STATUSES = ['received', 'in_progress', 'answered', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

const STATUS_COLOR: Record<Status, string> = {
  received: 'blue.9',
  in_progress: 'orange.9',
  answered: 'teal.9',
  closed: 'gray.9',
};

export function StatusBadge({ status }: { status: Status }) {
  const t = useFeedbackText();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled">
      {t(status)}
    </Badge>
  );
}

export function Deadline({ item }: { item: Item }) {
  const t = useFeedbackText();
  const { lang } = useI18n();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{formatDateTime(item.responseDueAt, lang)}</Text>
      {item.overdue && (
        <Badge color="red.8" variant="filled">
          {t('overdue')}
        </Badge>
      )}
    </Group>
  );
}
