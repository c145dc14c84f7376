import { REQUESTER_TYPE_LABELS } from '@blk/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { SlaBadge, TimeLeft } from '../../components/sla-badge';
import { formatDate, formatDateTime, formatDays } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { LabelledValue } from '../admin-common/labelled-value';
import { ScrollTable } from '../admin-common/scroll-table';
import { SectionCard } from '../admin-common/section-card';
import { DocumentsCard } from './documents-card';
import { EventDetails } from './event-details';
import { HandoverCard } from './handover-card';
import { StepPanel } from './step-panel';

export const RequestDetailQuery = graphql(`
  query RequestDetail_Request($id: ID!) {
    trainingRequest(id: $id) {
      id
      trackingCode
      version
      state
      stepName
      stepStartedAt
      stepDueAt
      submittedAt
      closedAt
      sopVersionNo
      preferredStart
      preferredEnd
      participantsExpected
      participantProfile
      needDescription
      note
      address
      venueDetails
      requester {
        organizationName
        type
        contactName
        phone
        email
      }
      region {
        code
        name
      }
      kecamatan {
        code
        name
      }
      kabupaten {
        code
        name
      }
      program {
        id
        code
        name
      }
      sla {
        status
        dueAt
        workingDaysLeft
      }
      currentStep {
        key
        name
        kind
        description
        documents
        output
        roleName
        timeStandard {
          label
        }
        requiredInputs {
          key
          label
          type
          required
        }
      }
      availableActions {
        key
        label
        toStepName
        branch
        assignedOnly
        irreversible
        inputs {
          key
          label
          type
          required
          options
          min
          max
          computed
          value
        }
        warnings {
          code
          message
          reasonInput
        }
      }
      events {
        seq
        at
        action
        actionLabel
        actorName
        actorRoleName
        actorType
        fromStepName
        toStepName
        durationWorkingDays
        standardValue
        standardUnit
        onTime
        details {
          key
          label
          type
          text
          attachments {
            id
            fileName
            mimeType
            downloadUrl
          }
        }
      }
      attachments {
        id
        kind
        fileName
        mimeType
        sizeBytes
        createdAt
        downloadUrl
        uploadedByName
      }
      assessments {
        id
        surveyDate
        findings
        localPotential
        facilitiesAvailable
        recommendation
        createdAt
        assessedBy {
          id
          name
        }
      }
      schedules {
        id
        startDate
        endDate
        venue
        cancelledAt
        participantCount
        instructors {
          instructorId
          name
          lead
        }
      }
    }
  }
`);

export type RequestDetail = NonNullable<ResultOf<typeof RequestDetailQuery>['trainingRequest']>;

/** One request: requester and venue, the timeline timed against the SOP, and the step to act on. */
export default function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t, lang, pick } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RequestDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const request = data?.trainingRequest;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!request && fetching) return <PageLoader />;
  if (error && !request) {
    return (
      <Alert color="red" role="alert">
        {error.graphQLErrors[0]?.message ?? t('error.network')}
      </Alert>
    );
  }
  if (!request) {
    return (
      <Alert color="yellow" role="alert">
        {t('detail.notFound')}
      </Alert>
    );
  }

  const unitLabel = (unit: string | null | undefined) =>
    unit === 'jam_kerja'
      ? t('unit.hours')
      : unit === 'jadwal'
        ? t('unit.schedule')
        : t('unit.days');

  return (
    <Stack>
      <Anchor component={Link} to="/permohonan" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {request.requester.organizationName}
          </Title>
          <Group gap="xs" mt={4}>
            <Text ff="monospace" fw={700}>
              {request.trackingCode}
            </Text>
            <Badge variant="light">{request.stepName}</Badge>
            <SlaBadge status={request.sla.status} />
            {request.sla.status ? <TimeLeft days={request.sla.workingDaysLeft} /> : null}
          </Group>
        </div>
        <Button variant="default" size="xs" onClick={reload} loading={fetching}>
          {t('common.reload')}
        </Button>
      </Group>

      <Grid gutter="md">
        {/* Below lg (a tablet, a phone) the columns stack: the step to act on and what it
            needs come first, not after the whole history. */}
        <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: 2, lg: 1 }}>
          <Stack>
            <SectionCard id="requester-h" title={t('detail.requester')}>
              <Grid gutter="sm">
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.requesterType')}>
                    {pick(REQUESTER_TYPE_LABELS[request.requester.type])}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.contact')}>
                    {request.requester.contactName}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.phone')}>
                    {request.requester.phone ? (
                      <Anchor href={`tel:${request.requester.phone}`}>
                        {request.requester.phone}
                      </Anchor>
                    ) : null}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.email')}>{request.requester.email}</LabelledValue>
                </Grid.Col>
                <Grid.Col span={12}>
                  <LabelledValue label={t('detail.location')}>
                    {[
                      request.address,
                      request.region.name,
                      request.kecamatan?.name,
                      request.kabupaten?.name,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={12}>
                  <LabelledValue label={t('detail.venue')}>{request.venueDetails}</LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.program')}>
                    {request.program?.name ?? request.needDescription}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.participants')}>
                    {String(request.participantsExpected)}
                    {request.participantProfile ? ` — ${request.participantProfile}` : ''}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.preferred')}>
                    {`${formatDate(request.preferredStart, lang)} – ${formatDate(request.preferredEnd, lang)}`}
                  </LabelledValue>
                </Grid.Col>
                <Grid.Col span={6}>
                  <LabelledValue label={t('detail.submitted')}>
                    {formatDateTime(request.submittedAt, lang)}
                  </LabelledValue>
                </Grid.Col>
                {request.note ? (
                  <Grid.Col span={12}>
                    <LabelledValue label={t('detail.note')}>{request.note}</LabelledValue>
                  </Grid.Col>
                ) : null}
              </Grid>
            </SectionCard>

            {request.schedules.length > 0 ? (
              <SectionCard id="schedules-h" title={t('detail.schedules')}>
                <List spacing="xs">
                  {request.schedules.map((s) => (
                    <List.Item key={s.id}>
                      <Text size="sm" td={s.cancelledAt ? 'line-through' : undefined}>
                        {formatDate(s.startDate, lang)} – {formatDate(s.endDate, lang)}, {s.venue} (
                        {s.instructors.map((i) => i.name).join(', ')})
                      </Text>
                      {s.cancelledAt ? null : (
                        <Button
                          component={Link}
                          to={`/kelas/${s.id}`}
                          size="sm"
                          variant="light"
                          mt={4}
                          aria-label={t('detail.manageClassOf', {
                            dates: `${formatDate(s.startDate, lang)} – ${formatDate(s.endDate, lang)}`,
                          })}
                        >
                          {t('detail.manageClass')}
                        </Button>
                      )}
                    </List.Item>
                  ))}
                </List>
              </SectionCard>
            ) : null}

            <DocumentsCard documents={request.attachments} />

            <SectionCard id="timeline-h" title={t('detail.timeline')}>
              <ScrollTable
                minWidth={560}
                label={t('detail.timelineScroll')}
                aria-labelledby="timeline-h"
                heads={[
                  t('timeline.when'),
                  t('timeline.what'),
                  t('timeline.who'),
                  { text: t('timeline.duration'), miw: 140 },
                ]}
              >
                {request.events.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{formatDateTime(e.at, lang)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {e.actionLabel}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {e.fromStepName ? `${e.fromStepName} → ` : ''}
                        {e.toStepName}
                      </Text>
                      {e.details.length ? (
                        <details>
                          <summary>
                            <Text component="span" size="xs">
                              {t('timeline.details')}
                            </Text>
                          </summary>
                          <EventDetails details={e.details} />
                        </details>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.actorName ?? t(`actor.${e.actorType}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {e.actorRoleName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {e.durationWorkingDays != null ? (
                        <Stack gap={4} align="flex-start">
                          <Text size="sm">
                            {formatDays(e.durationWorkingDays, lang)}
                            {e.standardValue != null
                              ? ` / ${formatDays(e.standardValue, lang)}`
                              : ''}{' '}
                            {unitLabel(e.standardUnit)}
                          </Text>
                          {e.onTime != null ? (
                            <Badge
                              size="sm"
                              tt="none"
                              color={e.onTime ? 'green.8' : 'red.9'}
                              variant={e.onTime ? 'dot' : 'filled'}
                            >
                              {e.onTime ? t('sla.onTime') : t('sla.late')}
                            </Badge>
                          ) : null}
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ScrollTable>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} order={{ base: 1, lg: 2 }}>
          <Stack>
            <StepPanel request={request} onReload={reload} />
            <HandoverCard request={request} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
