import { Table } from '@mantine/core';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';

/** A signed document version (an SOP, a service standard), as its list shows the signing. */
interface SignedVersion {
  approvedBy?: { name: string } | null;
  approvedAt?: string | null;
  effectiveAt?: string | null;
}

/**
 * The last two cells of a version list's row: who signed it and when ("—" while unsigned), and
 * the day it came into force.
 */
export function ApprovalCells({ version }: { version: SignedVersion }) {
  const { lang } = useI18n();
  return (
    <>
      <Table.Td>
        {version.approvedBy
          ? `${version.approvedBy.name}, ${formatDate(version.approvedAt, lang)}`
          : '—'}
      </Table.Td>
      <Table.Td>{formatDate(version.effectiveAt, lang)}</Table.Td>
    </>
  );
}
