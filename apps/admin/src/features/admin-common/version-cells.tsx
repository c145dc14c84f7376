import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { Column } from './list-table';

/** A signed document version (an SOP, a service standard), as its list shows the signing. */
interface SignedVersion {
  approvedBy?: { name: string } | null;
  approvedAt?: string | null;
  effectiveAt?: string | null;
}

/**
 * The last two columns of a version list: who signed it and when ("—" while unsigned), and the
 * day it came into force, under the screen's own headings.
 */
export function useApprovalColumns<T extends SignedVersion>(
  approvedHead: string,
  effectiveHead: string,
): Column<T>[] {
  const { lang } = useI18n();
  return [
    {
      head: approvedHead,
      cell: (v) => (v.approvedBy ? `${v.approvedBy.name}, ${formatDate(v.approvedAt, lang)}` : '—'),
    },
    { head: effectiveHead, cell: (v) => formatDate(v.effectiveAt, lang) },
  ];
}
