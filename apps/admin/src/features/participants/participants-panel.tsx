import { ageOn, EDUCATION_LEVEL_LABELS, type EducationLevel } from '@blk/domain';
import { Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useMutation } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import { ScrollTable } from '../admin-common/scroll-table';
import { StatusAlert } from '../admin-common/status-alert';
import { classItems, useQueueState } from '../offline/sync';
import { type ClassPanelProps, type ClassParticipant, maskNik } from './class-query';
import { useClassText } from './text';

const RemoveMutation = graphql(
  `
  mutation ClassPage_RemoveParticipant($participantId: ID!) {
    removeParticipant(participantId: $participantId) {
      __typename
      ... on TrainingSchedule {
        id
        participantCount
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const RevealNikMutation = graphql(
  `
  mutation ClassPage_RevealNik($participantId: ID!) {
    revealParticipantNik(participantId: $participantId) {
      __typename
      ... on RevealedNik {
        participantId
        nik
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

// The form (zod, react-hook-form) and the import (file parsers) load when first opened.
const ParticipantForm = lazy(async () => ({
  default: (await import('./participant-form')).ParticipantForm,
}));
const ImportDialog = lazy(async () => ({
  default: (await import('./import-dialog')).ImportDialog,
}));

type Dialog = { kind: 'add' } | { kind: 'import' } | { kind: 'remove'; p: ClassParticipant };

/** The class roster: add one, import a file, remove after confirmation. */
export function ParticipantsPanel({ data, canManage, onChanged }: ClassPanelProps) {
  const { lang, t: appText } = useI18n();
  const t = useClassText();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [showNik, setShowNik] = useState(false);
  /** Whole NIKs by participant id, each fetched through the audited reveal. */
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [, reveal] = useMutation(RevealNikMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [removeState, remove] = useMutation(RemoveMutation);
  const participants = data.participants ?? [];
  const { program } = data;
  const queue = useQueueState();
  const pendingAdds = classItems(queue.items, data.id).pending.filter(
    (i) => i.change.kind === 'participant',
  );

  async function confirmRemove(p: ClassParticipant) {
    const outcome = (await remove({ participantId: p.id })).data?.removeParticipant;
    setDialog(null);
    if (outcome?.__typename === 'TrainingSchedule') {
      setStatus({ ok: true, text: t('removed', { name: p.name }) });
      onChanged();
    } else setStatus({ ok: false, text: outcome?.message ?? appText('error.network') });
  }

  // Lists carry the NIK masked; each whole one is asked for separately, and the server logs who
  // saw whose NIK. Switching off forgets them.
  async function toggleNik(on: boolean) {
    setShowNik(on);
    if (!on) {
      setRevealed({});
      return;
    }
    const shown: Record<string, string> = {};
    for (const p of participants) {
      if (p.nik === null) continue;
      const outcome = (await reveal({ participantId: p.id })).data?.revealParticipantNik;
      if (outcome?.__typename === 'RevealedNik') {
        if (outcome.nik) shown[p.id] = outcome.nik;
      } else {
        setStatus({ ok: false, text: outcome?.message ?? appText('error.network') });
        break;
      }
    }
    setRevealed(shown);
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={600}>
            {t('participantsOf', { count: participants.length, max: program.classSizeMax })}
          </Text>
          <Text size="sm" c="dimmed">
            {program.minAge !== null || program.maxAge !== null
              ? t('ageRule', { min: program.minAge ?? 0, max: program.maxAge ?? '∞' })
              : t('ageRuleNone')}
          </Text>
        </div>
        {canManage ? (
          <Group>
            <Button size="md" onClick={() => setDialog({ kind: 'add' })}>
              {t('add')}
            </Button>
            <Button size="md" variant="light" onClick={() => setDialog({ kind: 'import' })}>
              {t('import')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      {canManage ? (
        <Switch
          label={t('showNik')}
          description={t('showNikAudited')}
          checked={showNik}
          onChange={(e) => void toggleNik(e.currentTarget.checked)}
          size="md"
        />
      ) : null}
      <ScrollTable
        minWidth={880}
        label={t('tabParticipants')}
        striped
        verticalSpacing="sm"
        aria-label={t('tabParticipants')}
        heads={[
          t('colName'),
          t('colNik'),
          t('colSex'),
          t('colBirth'),
          t('colEducation'),
          t('colPhone'),
          t('colAddress'),
          canManage && t('colActions'),
        ]}
      >
        {participants.length === 0 && pendingAdds.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={canManage ? 8 : 7}>{t('noParticipants')}</Table.Td>
          </Table.Tr>
        ) : null}
        {pendingAdds.map((item) =>
          item.change.kind === 'participant' ? (
            <Table.Tr key={item.id} data-testid="participant-pending">
              <Table.Td fw={600}>
                {item.change.input.name}{' '}
                <Badge color="yellow.9" variant="light" tt="none">
                  {t('pendingBadge')}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">
                {maskNik(`************${item.change.input.nik.slice(-4)}`)}
              </Table.Td>
              <Table.Td>{item.change.input.sex}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(item.change.input.birthDate, lang)}
              </Table.Td>
              <Table.Td>
                {EDUCATION_LEVEL_LABELS[item.change.input.education as EducationLevel]?.[lang] ??
                  item.change.input.education}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.change.input.phone ?? '—'}</Table.Td>
              <Table.Td>{item.change.input.address}</Table.Td>
              {canManage ? <Table.Td /> : null}
            </Table.Tr>
          ) : null,
        )}
        {participants.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td fw={600}>{p.name}</Table.Td>
            <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {p.nik === null ? t('anonymised') : (revealed[p.id] ?? maskNik(p.nik))}
            </Table.Td>
            <Table.Td>{p.sex}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {p.birthDate === null
                ? p.nik === null
                  ? t('anonymised')
                  : '—'
                : `${formatDate(p.birthDate, lang)} (${t('age', { n: ageOn(p.birthDate, data.startDate) })})`}
            </Table.Td>
            <Table.Td>
              {p.education && p.education in EDUCATION_LEVEL_LABELS
                ? EDUCATION_LEVEL_LABELS[p.education as EducationLevel][lang]
                : (p.education ?? '—')}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.phone ?? '—'}</Table.Td>
            <Table.Td>{p.address ?? '—'}</Table.Td>
            {canManage ? (
              <Table.Td>
                <Button
                  size="sm"
                  variant="outline"
                  color="red.9"
                  aria-label={t('removeNamed', { name: p.name })}
                  onClick={() => setDialog({ kind: 'remove', p })}
                >
                  {t('remove')}
                </Button>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </ScrollTable>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size={dialog?.kind === 'import' ? 'xl' : 'md'}
        title={
          dialog?.kind === 'remove'
            ? t('removeTitle', { name: dialog.p.name })
            : dialog?.kind === 'import'
              ? t('importTitle')
              : t('add')
        }
      >
        <Suspense fallback={<PageLoader />}>
          {dialog?.kind === 'add' ? (
            <ParticipantForm
              scheduleId={data.id}
              onCancel={() => setDialog(null)}
              onDone={(name, queued) => {
                setDialog(null);
                setStatus({ ok: true, text: t(queued ? 'addedQueued' : 'added', { name }) });
                if (!queued) onChanged();
              }}
            />
          ) : null}
          {dialog?.kind === 'import' ? (
            <ImportDialog
              scheduleId={data.id}
              onImported={(n) => {
                if (n > 0) {
                  setStatus({ ok: true, text: t('imported', { n }) });
                  onChanged();
                }
              }}
            />
          ) : null}
        </Suspense>
        {dialog?.kind === 'remove' ? (
          <ConfirmPanel
            hint={t('removeHint')}
            confirmLabel={t('remove')}
            size="md"
            busy={removeState.fetching}
            onCancel={() => setDialog(null)}
            onConfirm={() => confirmRemove(dialog.p)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
