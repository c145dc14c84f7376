import { Badge, Text } from '@mantine/core';
import { formatDays } from '../lib/format';
import { useI18n } from '../lib/i18n';

type SlaStatus = 'on_time' | 'running' | 'due_soon' | 'late';

// Late is a filled dark red; the others are "dot" badges whose dark text keeps AA contrast.
const COLOR: Record<SlaStatus, string> = {
  on_time: 'green.8',
  running: 'green.8',
  due_soon: 'orange.7',
  late: 'red.9',
};

/** SLA state of the current step: on time, due soon (less than a working day) or overdue. */
export function SlaBadge({ status }: { status: SlaStatus | null | undefined }) {
  const { t } = useI18n();
  if (!status) return <Text size="sm">—</Text>;
  const label =
    status === 'late' ? t('sla.late') : status === 'due_soon' ? t('sla.dueSoon') : t('sla.onTime');
  return (
    <Badge
      color={COLOR[status]}
      variant={status === 'late' ? 'filled' : 'dot'}
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}

/** Working days left (negative: overdue), or why there is no deadline. */
export function TimeLeft({ days }: { days: number | null | undefined }) {
  const { t, lang } = useI18n();
  if (days == null) return <Text size="sm">{t('sla.noDeadline')}</Text>;
  if (days < 0) {
    return (
      <Text size="sm" c="red.9" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {t('sla.overdueBy', { days: formatDays(-days, lang) })}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {t('sla.left', { days: formatDays(days, lang) })}
    </Text>
  );
}
