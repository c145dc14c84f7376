import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
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
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder aria-labelledby="sop-review-due-h">
          <caption id="sop-review-due-h" style={{ textAlign: 'left', captionSide: 'top' }}>
            <Text size="sm" fw={600}>
              {t('dueTitle')}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colSop')}</Table.Th>
              <Table.Th>{t('colLast')}</Table.Th>
              <Table.Th>{t('colDueOn')}</Table.Th>
              <Table.Th>{t('colState')}</Table.Th>
              {mayRecord ? <Table.Th /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.sopReviewStatuses.map((s) => (
              <Table.Tr key={s.sopVersionId}>
                <Table.Td>{t('sopVersion', { name: s.sopName, no: s.versionNo })}</Table.Td>
                <Table.Td>
                  {s.lastReviewedAt ? formatDateTime(s.lastReviewedAt, lang) : t('never')}
                </Table.Td>
                <Table.Td>{formatDate(s.dueOn, lang)}</Table.Td>
                <Table.Td>
                  <StateBadge color={s.due ? 'red.9' : 'teal.9'}>
                    {s.due ? t('due') : t('notDue')}
                  </StateBadge>
                </Table.Td>
                {mayRecord ? (
                  <Table.Td>
                    <Button
                      component={Link}
                      to={`/sop/evaluasi/baru/${s.sopVersionId}`}
                      size="xs"
                      variant={s.due ? 'filled' : 'default'}
                      aria-label={t('startOf', { no: s.versionNo })}
                    >
                      {t('start')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder aria-labelledby="sop-review-past-h">
          <caption id="sop-review-past-h" style={{ textAlign: 'left', captionSide: 'top' }}>
            <Text size="sm" fw={600}>
              {t('pastTitle')}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colPeriod')}</Table.Th>
              <Table.Th>{t('colVersion')}</Table.Th>
              <Table.Th>{t('colRatings')}</Table.Th>
              <Table.Th>{t('colReviewer')}</Table.Th>
              <Table.Th>{t('colDraft')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('noReviews')}</Table.Td>
              </Table.Tr>
            ) : null}
            {reviews.map((r) => {
              const period = formatPeriod(r.periodFrom, r.periodTo, lang);
              const bad = r.steps.filter((s) => s.rating === 'tidak_berjalan_baik').length;
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/sop/evaluasi/${r.id}`}
                      aria-label={t('openReview', { period })}
                    >
                      {period}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.versionNo}</Table.Td>
                  <Table.Td>{t('ratingsSummary', { good: r.steps.length - bad, bad })}</Table.Td>
                  <Table.Td>
                    {r.reviewer.name}, {formatDateTime(r.reviewedAt, lang)}
                  </Table.Td>
                  <Table.Td>
                    {r.draft ? (
                      <Anchor component={Link} to={`/sop/versi/${r.draft.id}`}>
                        {t('draftLink', { no: r.draft.versionNo })}
                      </Anchor>
                    ) : (
                      t('none')
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
