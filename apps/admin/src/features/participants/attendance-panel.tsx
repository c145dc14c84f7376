import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from '@blk/domain';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { StatusAlert } from '../admin-common/status-alert';
import type { QueueItem } from '../offline/changes';
import { classItems, submitChange, useQueueState } from '../offline/sync';
import type { ClassData, ClassPanelProps, ClassSession } from './class-query';
import { useClassText } from './text';

/** Colour of each status's selected toggle, each dark enough for white text (WCAG AA). */
const STATUS_COLOR: Record<AttendanceStatus, string> = {
  hadir: 'teal.9',
  izin: 'blue.9',
  sakit: 'grape.9',
  alpa: 'red.9',
};

/** Attendance items of one training day still waiting on this device, oldest first. */
function pendingMarks(items: readonly QueueItem[], scheduleId: string, sessionId: string) {
  return classItems(items, scheduleId).pending.filter(
    (i) => i.change.kind === 'attendance' && i.change.sessionId === sessionId,
  );
}

/** Today in WIB, to open the attendance of the day being taught. */
function todayWib(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}

function SessionAttendance({
  session,
  dayNo,
  data,
  canManage,
  onSaved,
}: {
  session: ClassSession;
  dayNo: number;
  data: ClassData;
  canManage: boolean;
  onSaved: () => void;
}) {
  const { lang, pick, t: appText } = useI18n();
  const t = useClassText();
  const participants = data.participants ?? [];
  const saved = useMemo(
    () => new Map(session.attendance.map((a) => [a.participantId, a.status as AttendanceStatus])),
    [session.attendance],
  );
  const queue = useQueueState();
  // What the day holds on this device: the server's marks, then the marks still waiting to be
  // sent, in the order they were made (they survive a reload; the server decides when they meet).
  const baseline = useMemo(() => {
    const marks = new Map(saved);
    for (const item of pendingMarks(queue.items, data.id, session.id))
      if (item.change.kind === 'attendance')
        for (const e of item.change.entries) marks.set(e.participantId, e.status);
    return marks;
  }, [saved, queue.items, data.id, session.id]);
  const [draft, setDraft] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(baseline),
  );
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const marked = participants.filter((p) => draft[p.id]);
  const dirty = participants.some((p) => draft[p.id] !== baseline.get(p.id));
  const last = [...session.attendance].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
  const date = formatDate(session.date, lang);

  async function save() {
    setStatus(null);
    setSaving(true);
    const entries = marked.map((p) => ({
      participantId: p.id,
      name: p.name,
      status: draft[p.id] as AttendanceStatus,
    }));
    try {
      const outcome = await submitChange({
        scheduleId: data.id,
        lang,
        change: {
          kind: 'attendance',
          sessionId: session.id,
          label: t('sessionOption', { n: dayNo, date }),
          entries,
          markedAt: new Date().toISOString(),
        },
      });
      if (outcome.kind === 'saved' || outcome.kind === 'overridden') {
        setStatus({ ok: true, text: t('attendanceSaved', { n: dayNo, date }) });
        onSaved();
      } else if (outcome.kind === 'queued') {
        setStatus({ ok: true, text: t('attendanceQueued', { n: dayNo, date }) });
      } else {
        const refusal = outcome.item.refusal;
        setStatus({
          ok: false,
          text: refusal
            ? [refusal.message, ...(refusal.issues ?? []).map((i) => i.message)].join(' ')
            : appText('error.network'),
        });
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed" data-testid="attendance-saved">
        {last
          ? t('sessionSaved', {
              count: session.attendance.length,
              when: formatDateTime(last.recordedAt, lang),
              who: last.recordedByName ?? '—',
            })
          : t('sessionNotSaved')}
      </Text>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      {canManage ? (
        <Group>
          <Button
            size="lg"
            variant="outline"
            color="teal.9"
            onClick={() =>
              setDraft(Object.fromEntries(participants.map((p) => [p.id, 'hadir' as const])))
            }
          >
            {t('allPresent')}
          </Button>
        </Group>
      ) : null}
      <Table verticalSpacing="sm" aria-label={t('sessionOption', { n: dayNo, date })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('colName')}</Table.Th>
            <Table.Th>{t('colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => {
            const value = draft[p.id];
            return (
              <Table.Tr key={p.id}>
                <Table.Td fw={600}>{p.name}</Table.Td>
                <Table.Td>
                  {canManage ? (
                    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                      <VisuallyHidden component="legend">
                        {t('attendanceOf', { name: p.name })}
                      </VisuallyHidden>
                      <SegmentedControl
                        size="md"
                        fullWidth
                        // Unmarked shows no selection: nothing is assumed until someone marks it.
                        value={value ?? ''}
                        color={value ? STATUS_COLOR[value] : 'gray'}
                        onChange={(v) => setDraft((d) => ({ ...d, [p.id]: v as AttendanceStatus }))}
                        data={ATTENDANCE_STATUSES.map((s) => ({
                          value: s,
                          label: pick(ATTENDANCE_STATUS_LABELS[s]),
                        }))}
                        name={`attendance-${p.id}`}
                        aria-label={t('attendanceOf', { name: p.name })}
                      />
                    </fieldset>
                  ) : value ? (
                    pick(ATTENDANCE_STATUS_LABELS[value])
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {canManage ? (
        <Group justify="space-between" data-print-hide>
          <Text size="sm" c={dirty ? 'orange.9' : 'dimmed'}>
            {participants.length - marked.length > 0
              ? t('notMarked', { n: participants.length - marked.length })
              : dirty
                ? t('unsaved')
                : ''}
          </Text>
          <Button
            size="lg"
            onClick={save}
            loading={saving}
            disabled={saving || marked.length === 0 || !dirty}
          >
            {t('saveAttendance')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Attendance of one training day at a time, with big toggles for a tablet in the field. */
export function AttendancePanel({ data, canManage, onChanged }: ClassPanelProps) {
  const { lang } = useI18n();
  const t = useClassText();
  const queue = useQueueState();
  const { sessions } = data;
  const [sessionId, setSessionId] = useState<string | null>(() => {
    const today = todayWib();
    return (
      sessions.find((s) => s.date === today)?.id ??
      sessions.find((s) => s.attendance.length === 0)?.id ??
      sessions[0]?.id ??
      null
    );
  });
  if (sessions.length === 0) return <Alert color="yellow">{t('noSessions')}</Alert>;
  if ((data.participants ?? []).length === 0)
    return <Alert color="yellow">{t('needParticipants')}</Alert>;
  const index = sessions.findIndex((s) => s.id === sessionId);
  const session = sessions[index];
  return (
    <Stack>
      <Select
        label={t('session')}
        size="lg"
        maw={420}
        allowDeselect={false}
        value={sessionId}
        onChange={setSessionId}
        data={sessions.map((s, i) => ({
          value: s.id,
          label: `${t('sessionOption', { n: i + 1, date: formatDate(s.date, lang) })}${
            pendingMarks(queue.items, data.id, s.id).length
              ? ` (${t('pendingBadge')})`
              : s.attendance.length
                ? ' ✓'
                : ''
          }`,
        }))}
      />
      {session ? (
        <SessionAttendance
          key={session.id}
          session={session}
          dayNo={index + 1}
          data={data}
          canManage={canManage}
          onSaved={onChanged}
        />
      ) : null}
    </Stack>
  );
}
