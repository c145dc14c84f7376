import { Card, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { EventDetails } from './event-details';
import type { RequestDetail } from './request-detail-page';

/**
 * What the person at the current step needs from the steps before: what the last event recorded
 * (the requester's answer to a return, the front desk's note, a decision's reason) and the needs
 * assessment once there is one, so the approver reads it where they decide.
 */
export function HandoverCard({ request }: { request: RequestDetail }) {
  const { t, lang } = useI18n();
  const last = request.events.at(-1);
  const assessment = request.assessments.at(-1);
  const lastShowsAssessment = last?.details.some((d) => d.key === 'findings') ?? false;
  const showLast = last && last.details.length > 0;
  if (!showLast && !assessment) return null;
  return (
    <Stack>
      {showLast ? (
        <Card withBorder radius="md" component="section" aria-labelledby="handover-h">
          <Title order={2} size="h4" id="handover-h">
            {t('handover.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('handover.by', {
              action: last.actionLabel,
              who: last.actorName ?? t(`actor.${last.actorType}`),
              when: formatDateTime(last.at, lang),
            })}
          </Text>
          <EventDetails details={last.details} />
        </Card>
      ) : null}
      {assessment && !lastShowsAssessment ? (
        <Card withBorder radius="md" component="section" aria-labelledby="assessment-h">
          <Title order={2} size="h4" id="assessment-h">
            {t('assessment.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('assessment.by', { name: assessment.assessedBy.name })},{' '}
            {formatDateTime(assessment.createdAt, lang)}
          </Text>
          <Stack gap={6} component="dl" m={0}>
            {(
              [
                ['assessment.surveyDate', formatDate(assessment.surveyDate, lang)],
                ['assessment.findings', assessment.findings],
                ['assessment.localPotential', assessment.localPotential ?? '—'],
                ['assessment.facilities', assessment.facilitiesAvailable.join(', ') || '—'],
                ['assessment.recommendation', assessment.recommendation],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {t(key)}
                </Text>
                <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                  {value}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
