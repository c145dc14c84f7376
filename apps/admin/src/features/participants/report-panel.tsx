import {
  type AttendanceStatus,
  COMPLETION_MIN_ATTENDANCE_PERCENT,
  participantCompletion,
  summarizeClass,
} from '@blk/domain';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useI18n } from '../../lib/i18n';
import { ScrollTable } from '../admin-common/scroll-table';
import type { ClassData } from './class-query';
import { useClassText } from './text';

/** The class's figures per participant: what the completion rule and the report need. */
function records(data: ClassData) {
  const byParticipant = new Map<string, { status: AttendanceStatus }[]>();
  for (const s of data.sessions)
    for (const a of s.attendance) {
      const list = byParticipant.get(a.participantId) ?? [];
      list.push({ status: a.status as AttendanceStatus });
      byParticipant.set(a.participantId, list);
    }
  return (data.participants ?? []).map((p) => ({
    participant: p,
    record: {
      attendance: byParticipant.get(p.id) ?? [],
      preTestScore: p.preTestScore,
      postTestScore: p.postTestScore,
    },
  }));
}

/** Completion report (laporan): attendance, scores and outcome per participant, printable. */
export function ReportPanel({ data }: { data: ClassData }) {
  const { lang } = useI18n();
  const t = useClassText();
  const n = (v: number | null, digits = 1) =>
    v === null
      ? '—'
      : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
          maximumFractionDigits: digits,
        }).format(v);
  const days = data.sessions.length;
  const rows = records(data);
  const summary = summarizeClass(
    days,
    rows.map((r) => r.record),
  );
  const stats: [string, string][] = [
    [t('statParticipants'), String(summary.participants)],
    [t('statCompleted'), String(summary.completed)],
    [t('statNotCompleted'), String(summary.participants - summary.completed)],
    [
      t('statAttendance'),
      summary.attendancePercent === null ? '—' : `${n(summary.attendancePercent)}%`,
    ],
    [t('statPre'), n(summary.preTestMean)],
    [t('statPost'), n(summary.postTestMean)],
    [t('statGain'), n(summary.gainMean)],
  ];
  return (
    <Stack className="class-report">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3" id="report-h">
            {t('reportHeading')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('completionRule', { pct: COMPLETION_MIN_ATTENDANCE_PERCENT })}
          </Text>
        </div>
        <Button size="md" variant="default" onClick={() => window.print()} data-print-hide>
          {t('print')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
        {stats.map(([label, value]) => (
          <Card key={label} withBorder radius="md" p="sm">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="sm" data-print-hide>
        {t('forReport', {
          completed: summary.completed,
          attendance:
            summary.attendancePercent === null
              ? '—'
              : t('attendanceSummary', { pct: n(summary.attendancePercent, 0), days }),
          pre: n(summary.preTestMean),
          post: n(summary.postTestMean),
        })}
      </Text>
      <ScrollTable
        minWidth={760}
        label={t('reportHeading')}
        striped
        verticalSpacing="sm"
        aria-labelledby="report-h"
        heads={[
          t('colName'),
          t('colPresent'),
          t('colRate'),
          t('preTest'),
          t('postTest'),
          t('gain'),
          t('colOutcome'),
          t('colCertificate'),
        ]}
      >
        {rows.map(({ participant: p, record }) => {
          const outcome = participantCompletion(days, record);
          return (
            <Table.Tr key={p.id}>
              <Table.Td fw={600}>{p.name}</Table.Td>
              <Table.Td>
                {outcome.present}/{days}
              </Table.Td>
              <Table.Td>
                {outcome.attendancePercent === null ? '—' : `${n(outcome.attendancePercent)}%`}
              </Table.Td>
              <Table.Td>{n(p.preTestScore)}</Table.Td>
              <Table.Td>{n(p.postTestScore)}</Table.Td>
              <Table.Td>{n(outcome.gain)}</Table.Td>
              <Table.Td>
                <Badge
                  variant="dot"
                  tt="none"
                  color={outcome.completed ? 'green.8' : 'orange.7'}
                  style={{ flexShrink: 0, overflow: 'visible' }}
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {outcome.completed ? t('completed') : t('notCompleted')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {p.certificateNo ? (
                  <Anchor
                    href={`/documents/certificates/${p.id}.pdf`}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('certificate', { no: p.certificateNo, name: p.name })}
                  >
                    {p.certificateNo}
                  </Anchor>
                ) : outcome.completed ? (
                  <Text size="sm" c="dimmed">
                    {t('certificatePending')}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ScrollTable>
    </Stack>
  );
}
