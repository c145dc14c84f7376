import { Anchor, Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { StateBadge } from '../admin-common/state-badge';
import { ErrorAlert } from '../admin-common/status-alert';
import { useViewer } from '../auth/viewer';
import { SopReviewsQuery } from './documents';
import { formatPeriod } from './period';
import { useSopReviewText } from './text';

/**
 * The evaluation landing (kepala seksi, kepala dinas): each SOP version in force with the day
 * its six-monthly review falls due, and every review recorded, newest period first.
 */
export default function SopReviewsPage() {
  const { lang } = useI18n();
  const t = useSopReviewText();
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({
    query: SopReviewsQuery,
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <PageLoader />;
  if (error || !data) {
    return <ErrorAlert message={error?.graphQLErrors[0]?.message ?? error?.message} />;
  }
  const reviews = data.sopVersions.flatMap((v) =>
    v.reviews.map((r) => ({ ...r, versionNo: v.versionNo })),
  );
  reviews.sort((a, b) => b.periodTo.localeCompare(a.periodTo));
  const mayRecord = viewer?.can.recordSopReview ?? false;

  return (
    <Stack>
      <PageHeader title={t('title')} hint={t('intro')} />
      <ListTable
        minWidth={760}
        withTableBorder
        caption={{ id: 'sop-review-due-h', text: t('dueTitle') }}
        rows={data.sopReviewStatuses}
        rowKey={(s) => s.sopVersionId}
        columns={[
          { head: t('colSop'), cell: (s) => t('sopVersion', { name: s.sopName, no: s.versionNo }) },
          {
            head: t('colLast'),
            cell: (s) => (s.lastReviewedAt ? formatDateTime(s.lastReviewedAt, lang) : t('never')),
          },
          { head: t('colDueOn'), cell: (s) => formatDate(s.dueOn, lang) },
          {
            head: t('colState'),
            cell: (s) => (
              <StateBadge color={s.due ? 'red.9' : 'teal.9'}>
                {s.due ? t('due') : t('notDue')}
              </StateBadge>
            ),
          },
          mayRecord && {
            head: '',
            cell: (s) => (
              <Button
                component={Link}
                to={`/sop/evaluasi/baru/${s.sopVersionId}`}
                size="xs"
                variant={s.due ? 'filled' : 'default'}
                aria-label={t('startOf', { no: s.versionNo })}
              >
                {t('start')}
              </Button>
            ),
          },
        ]}
      />
      <ListTable
        withTableBorder
        caption={{ id: 'sop-review-past-h', text: t('pastTitle') }}
        rows={reviews}
        rowKey={(r) => r.id}
        empty={t('noReviews')}
        columns={[
          {
            head: t('colPeriod'),
            cell: (r) => {
              const period = formatPeriod(r.periodFrom, r.periodTo, lang);
              return (
                <Anchor
                  component={Link}
                  to={`/sop/evaluasi/${r.id}`}
                  aria-label={t('openReview', { period })}
                >
                  {period}
                </Anchor>
              );
            },
          },
          { head: t('colVersion'), cell: (r) => r.versionNo },
          {
            head: t('colRatings'),
            cell: (r) => {
              const bad = r.steps.filter((s) => s.rating === 'tidak_berjalan_baik').length;
              return t('ratingsSummary', { good: r.steps.length - bad, bad });
            },
          },
          {
            head: t('colReviewer'),
            cell: (r) => `${r.reviewer.name}, ${formatDateTime(r.reviewedAt, lang)}`,
          },
          {
            head: t('colDraft'),
            cell: (r) =>
              r.draft ? (
                <Anchor component={Link} to={`/sop/versi/${r.draft.id}`}>
                  {t('draftLink', { no: r.draft.versionNo })}
                </Anchor>
              ) : (
                t('none')
              ),
          },
        ]}
      />
    </Stack>
  );
}
