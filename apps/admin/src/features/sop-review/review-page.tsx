import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDateTime, formatDays } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ListTable } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { StateBadge } from '../admin-common/state-badge';
import { ErrorAlert, StatusAlert } from '../admin-common/status-alert';
import { useViewer } from '../auth/viewer';
import { SopReviewQuery, StartSopDraftFromReviewMutation } from './documents';
import { formatPeriod } from './period';
import { useSopReviewText } from './text';

/**
 * `/sop/evaluasi/:id`: a recorded review as the reviewer saw and decided it, and from its actions
 * a new SOP draft in one click (linked to the review; a second click opens the same draft).
 */
export default function SopReviewPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = useSopReviewText();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const recorded = (location.state as { recorded?: boolean } | null)?.recorded === true;
  const [{ data, fetching, error }] = useQuery({
    query: SopReviewQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [starting, startDraft] = useMutation(StartSopDraftFromReviewMutation);
  const [failure, setFailure] = useState<string>();
  if (fetching && !data) return <PageLoader />;
  const review = data?.sopReview;
  if (error || !review) {
    return (
      <ErrorAlert message={error?.graphQLErrors[0]?.message ?? error?.message ?? t('notFound')} />
    );
  }
  const names = (review.stepNames ?? {}) as Record<string, string>;
  const period = formatPeriod(review.periodFrom, review.periodTo, lang);
  const mayDraft = (viewer?.can.draftSop ?? false) && !review.draft;

  async function start() {
    setFailure(undefined);
    const result = await startDraft({ reviewId: id });
    const outcome = result.data?.startSopDraftFromReview;
    if (outcome?.__typename === 'SopVersion') {
      navigate(`/sop/versi/${outcome.id}`);
      return;
    }
    setFailure(outcome?.message ?? result.error?.message ?? '');
  }

  return (
    <Stack>
      <Anchor component={Link} to="/sop/evaluasi" size="sm">
        {t('back')}
      </Anchor>
      <PageHeader title={t('reviewTitle', { no: review.sopVersion.versionNo, period })} />
      <StatusAlert status={recorded ? { ok: true, text: t('recorded') } : null} />
      <Text size="sm">
        {t('reviewedBy', {
          name: review.reviewer.name,
          date: formatDateTime(review.reviewedAt, lang),
          requests: review.requestCount,
          complaints: review.complaintCount,
        })}
      </Text>
      <ListTable
        withTableBorder
        caption={{ id: 'sop-review-steps-h', text: t('stepsTitle') }}
        rows={review.steps}
        rowKey={(s) => s.stepKey}
        columns={[
          { head: t('colStep'), cell: (s) => names[s.stepKey] ?? s.stepKey },
          {
            head: t('colOnTime'),
            cell: (s) =>
              s.measured
                ? t('onTime', {
                    onTime: s.onTime,
                    measured: s.measured,
                    pct: Math.round((s.onTime / s.measured) * 100),
                  })
                : t('noFigures'),
          },
          {
            head: t('colMedian'),
            cell: (s) =>
              s.medianWorkingDays === null
                ? t('noFigures')
                : t('days', { n: formatDays(s.medianWorkingDays, lang) }),
          },
          {
            head: t('rating'),
            cell: (s) => (
              <StateBadge color={s.rating === 'berjalan_baik' ? 'teal.9' : 'red.9'}>
                {t(s.rating)}
              </StateBadge>
            ),
          },
          { head: t('note'), cell: (s) => s.note },
          { head: t('correctiveAction'), cell: (s) => s.correctiveAction ?? t('none') },
        ]}
      />
      <Title order={2} size="h3">
        {t('actionsTitle')}
      </Title>
      {review.actions.length ? (
        <List>
          {review.actions.map((a) => (
            <List.Item key={a}>{a}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('none')}</Text>
      )}
      {review.conclusion ? (
        <>
          <Title order={2} size="h3">
            {t('conclusion')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {review.conclusion}
          </Text>
        </>
      ) : null}
      {review.draft ? (
        <Anchor component={Link} to={`/sop/versi/${review.draft.id}`} fw={600}>
          {t('draftLink', { no: review.draft.versionNo })}
        </Anchor>
      ) : null}
      {mayDraft ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('startDraftHint')}</Text>
          <Button onClick={start} loading={starting.fetching} disabled={starting.fetching}>
            {t('startDraft')}
          </Button>
        </Stack>
      ) : null}
      <ErrorAlert message={failure} />
    </Stack>
  );
}
