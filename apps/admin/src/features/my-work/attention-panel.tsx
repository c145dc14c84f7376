import { toJakartaDate } from '@blk/domain';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDays } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ListTable } from '../admin-common/list-table';

const AttentionQuery = graphql(`
  query MyWork_Attention($from: Date!, $to: Date!) {
    attention {
      steps {
        stepKey
        stepName
        roleName
        decision
        open
        overdue
      }
      complaintsDueToday
      complaintsOverdue
      sopVersionsToApprove
      serviceStandardsToApprove
    }
    performance(from: $from, to: $to) {
      medianCompletionWorkingDays
      completedRequests
      slaOverall {
        onTime
        total
        share
      }
      satisfaction {
        ikm
        grade
        gradeLabel
        respondents
      }
    }
    serviceStandard {
      completionWorkingDays
    }
  }
`);

/** One figure with what it is measured against, linked to the list behind it. */
function Figure({
  label,
  value,
  target,
  to,
  good,
}: {
  label: string;
  value: string;
  target: string;
  to: string;
  good: boolean | null;
}) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Anchor component={Link} to={to} fz="xl" fw={700} c={good === false ? 'red.9' : undefined}>
        {value}
      </Anchor>
      <Text size="xs" c="dimmed">
        {target}
      </Text>
    </Card>
  );
}

/**
 * The head of office's landing: what needs attention today (requests waiting per step with the
 * overdue ones, complaints due, drafts to sign) and the month's figures against their standard.
 * Every number links to the list behind it.
 */
export function AttentionPanel() {
  const { t, lang } = useI18n();
  const today = toJakartaDate(new Date());
  const from = `${today.slice(0, 8)}01`;
  const [{ data, error }] = useQuery({
    query: AttentionQuery,
    variables: { from, to: today },
    requestPolicy: 'cache-and-network',
  });
  if (error || !data) return null;
  const { attention, performance, serviceStandard } = data;
  const share = performance.slaOverall.total ? performance.slaOverall.share : null;
  const median = performance.medianCompletionWorkingDays;
  const ikm = performance.satisfaction;
  const month = `?from=${from}&to=${today}`;
  const waiting = attention.steps.filter((s) => s.open > 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="attention-h">
      <Title order={2} size="h3" id="attention-h">
        {t('attention.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure
          label={t('attention.onTime')}
          value={share === null ? '—' : `${Math.round(share * 1000) / 10}%`}
          target={t('attention.onTimeTarget', { total: performance.slaOverall.total })}
          to={`/kinerja${month}`}
          good={share === null ? null : share >= 1}
        />
        <Figure
          label={t('attention.median')}
          value={median === null ? '—' : formatDays(median, lang)}
          target={t('attention.medianTarget', {
            days: serviceStandard.completionWorkingDays,
            n: performance.completedRequests,
          })}
          to={`/kinerja${month}`}
          good={median === null ? null : median <= serviceStandard.completionWorkingDays}
        />
        <Figure
          label={t('attention.ikm')}
          value={ikm.ikm === null ? '—' : `${ikm.ikm} (${ikm.grade})`}
          target={
            ikm.ikm === null
              ? t('attention.ikmNone')
              : t('attention.ikmTarget', { label: ikm.gradeLabel ?? '', n: ikm.respondents })
          }
          to={`/kinerja${month}`}
          good={ikm.grade === null ? null : ikm.grade === 'A' || ikm.grade === 'B'}
        />
      </SimpleGrid>
      <Group gap="md">
        <Anchor component={Link} to="/pengaduan?status=received">
          {t('attention.complaints', {
            due: attention.complaintsDueToday,
            overdue: attention.complaintsOverdue,
          })}
        </Anchor>
        <Anchor component={Link} to="/sop/versi">
          {t('attention.sopToSign', { n: attention.sopVersionsToApprove })}
        </Anchor>
        <Anchor component={Link} to="/standar-pelayanan">
          {t('attention.standardToSign', { n: attention.serviceStandardsToApprove })}
        </Anchor>
      </Group>
      {waiting.length ? (
        <ListTable
          minWidth={520}
          striped={false}
          aria-label={t('attention.steps')}
          rows={waiting}
          rowKey={(s) => s.stepKey}
          columns={[
            {
              head: t('col.step'),
              cell: (s) => (
                <>
                  {s.stepName}{' '}
                  {s.decision ? (
                    <Badge size="sm" variant="light" tt="none">
                      {t('attention.decision')}
                    </Badge>
                  ) : null}
                </>
              ),
            },
            { head: t('step.role'), cell: (s) => s.roleName },
            {
              head: t('attention.open'),
              cell: (s) => (
                <Anchor component={Link} to={`/permohonan?state=${s.stepKey}`}>
                  {s.open}
                </Anchor>
              ),
            },
            {
              head: t('attention.overdue'),
              cell: (s) =>
                s.overdue ? (
                  <Anchor
                    component={Link}
                    to={`/permohonan?state=${s.stepKey}&overdue=true`}
                    c="red.9"
                    fw={700}
                  >
                    {s.overdue}
                  </Anchor>
                ) : (
                  '0'
                ),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}
