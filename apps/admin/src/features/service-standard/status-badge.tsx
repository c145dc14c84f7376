import { Badge } from '@mantine/core';
import { NO_TRUNCATE } from '../admin-common/badge';
import { useStandardText } from './text';

export type VersionStatus = 'draft' | 'submitted' | 'approved' | 'published' | 'superseded';

const COLOR: Record<VersionStatus, string> = {
  draft: 'gray.9',
  submitted: 'blue.9',
  approved: 'violet.9',
  published: 'teal.9',
  superseded: 'dark.6',
};

/** A service standard version's lifecycle state in words. */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const t = useStandardText();
  return (
    <Badge color={COLOR[status]} variant="filled" styles={NO_TRUNCATE}>
      {t(status)}
    </Badge>
  );
}
