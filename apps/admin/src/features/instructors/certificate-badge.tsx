import type { CertificateState, CertificateStatus } from '@blk/domain';
import { Badge } from '@mantine/core';
import { NO_TRUNCATE } from '../admin-common/badge';
import { useInstructorText } from './text';

const COLORS: Record<CertificateState | 'none', string> = {
  expired: 'red.9',
  // Mantine's orange.9 is 4.3:1 against white text; this darker orange passes AA (5.4:1).
  expiring: '#b54708',
  valid: 'green.9',
  permanent: 'green.9',
  none: 'gray.7',
};

/** A certificate's state in words and colour: expired red, expiring orange with days left. */
export function CertificateBadge({
  status,
}: {
  status: CertificateStatus | { state: 'none'; daysLeft: null };
}) {
  const t = useInstructorText();
  const days = status.daysLeft ?? 0;
  const label =
    status.state === 'expired'
      ? days === -1
        ? t('certExpiredYesterday')
        : t('certExpired', { days: -days })
      : status.state === 'expiring'
        ? days === 0
          ? t('certExpiringToday')
          : t('certExpiring', { days })
        : status.state === 'valid'
          ? t('certValid')
          : status.state === 'permanent'
            ? t('certPermanent')
            : t('certNone');
  return (
    <Badge
      variant={status.state === 'expired' || status.state === 'expiring' ? 'filled' : 'dot'}
      tt="none"
      styles={NO_TRUNCATE}
      color={COLORS[status.state]}
      data-state={status.state}
    >
      {label}
    </Badge>
  );
}
