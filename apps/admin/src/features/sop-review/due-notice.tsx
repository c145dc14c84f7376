import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { SopReviewStatusesQuery } from './documents';
import { useSopReviewText } from './text';

/**
 * On the landing of the kepala seksi and kepala dinas: the SOP versions whose six-monthly
 * evaluation has come due (the same rule as the reminder e-mail); nothing when none is.
 */
export function SopReviewDueNotice() {
  const { lang } = useI18n();
  const t = useSopReviewText();
  const [{ data }] = useQuery({
    query: SopReviewStatusesQuery,
    requestPolicy: 'cache-and-network',
  });
  const due = data?.sopReviewStatuses.filter((s) => s.due) ?? [];
  if (due.length === 0) return null;
  const list = due
    .map((s) => t('dueItem', { name: s.sopName, no: s.versionNo, date: formatDate(s.dueOn, lang) }))
    .join('; ');
  return (
    // Mantine's yellow title on the light yellow ground fails WCAG contrast: the text colour instead.
    <Alert
      color="yellow"
      title={t('title')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{t('dueNotice', { list })}</Text>
      <Anchor component={Link} to="/sop/evaluasi" size="sm" fw={600}>
        {t('dueNoticeLink')}
      </Anchor>
    </Alert>
  );
}
