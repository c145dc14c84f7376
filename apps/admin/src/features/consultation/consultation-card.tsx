import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { PageLoader } from '../../components/page-loader';
import { formatDate } from '../../lib/format';
import { type FragmentOf, readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ListTable } from '../admin-common/list-table';
import { DocumentLinks } from '../request-detail/documents-card';
import type { ConsultationTarget } from './consultation-form';
import {
  ConsultationFragment,
  RemoveConsultationMutation,
  SetSopNoConsultationReasonMutation,
  SetStandardNoConsultationReasonMutation,
} from './documents';
import { useConsultationText } from './text';

// The form (zod, react-hook-form, the file field) loads when first opened: the SOP and service
// standard pages show the card on first paint.
const ConsultationForm = lazy(async () => ({
  default: (await import('./consultation-form')).ConsultationForm,
}));

type Masked = FragmentOf<typeof ConsultationFragment>;

interface Props {
  target: ConsultationTarget;
  consultations: readonly Masked[];
  noConsultationReason: string | null;
  consultationMissing: boolean;
  /** A draft its viewer may edit: record, edit, remove, and the editorial-change reason. */
  editable: boolean;
  /** Called after a change, to load the draft's consultations again. */
  onChanged: () => void;
}

/**
 * The public consultation of an SOP or service-standard draft (UU 25/2009 pasal 20(2)): each
 * forum with its participants, the inputs and decisions and the berita acara, or the reason none
 * was needed. Editable on the draft; read-only in the review, beside the diff.
 */
export function ConsultationCard(props: Props) {
  const { target, consultations, noConsultationReason, consultationMissing, editable } = props;
  const t = useConsultationText();
  const [editing, setEditing] = useState<Masked | 'new' | null>(null);
  const [removing, setRemoving] = useState<{ id: string; date: string } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [removeState, remove] = useMutation(RemoveConsultationMutation);
  const { lang } = useI18n();

  const done = (text: string) => {
    setEditing(null);
    setStatus({ ok: true, text });
    props.onChanged();
  };
  const onRemove = async () => {
    if (!removing) return;
    const result = (await remove({ id: removing.id })).data?.removeConsultation;
    setRemoving(null);
    if (result?.__typename === 'ConsultationRemoved') done(t('removed'));
    else setStatus({ ok: false, text: result && 'message' in result ? result.message : '' });
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="consultation-h">
      <Stack gap="sm">
        <Title order={2} size="h4" id="consultation-h">
          {t('title')}
        </Title>
        {editable ? (
          <Text size="sm" c="gray.7">
            {t('intro')}
          </Text>
        ) : null}
        {consultationMissing ? (
          <Alert color="orange" role="note">
            {t('missing')}
          </Alert>
        ) : null}
        {consultations.length === 0 && !consultationMissing && !noConsultationReason ? (
          <Text size="sm">{t('none')}</Text>
        ) : null}
        {consultations.map((masked) => {
          const c = readFragment(ConsultationFragment, masked);
          const date = formatDate(c.heldOn, lang);
          return (
            <ConsultationView
              key={c.id}
              consultation={masked}
              actions={
                editable ? (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('editOf', { date })}
                      onClick={() => setEditing(masked)}
                    >
                      {t('edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('removeOf', { date })}
                      onClick={() => setRemoving({ id: c.id, date })}
                    >
                      {t('remove')}
                    </Button>
                  </Group>
                ) : null
              }
            />
          );
        })}
        {editable ? (
          <Group>
            <Button variant="light" onClick={() => setEditing('new')}>
              {t('record')}
            </Button>
          </Group>
        ) : null}
        {editable ? (
          <EditorialReason
            target={target}
            reason={noConsultationReason}
            onSaved={(text) => {
              setStatus({ ok: true, text });
              props.onChanged();
            }}
          />
        ) : noConsultationReason ? (
          <Text size="sm">
            <Badge variant="light" mr="xs">
              {t('editorial')}
            </Badge>
            {noConsultationReason}
          </Text>
        ) : null}
        {status ? (
          <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </Alert>
        ) : null}
      </Stack>
      {editing ? (
        <Suspense fallback={<PageLoader />}>
          <ConsultationForm
            target={target}
            existing={editing === 'new' ? null : editing}
            onDone={done}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      ) : null}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('remove')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
        centered
      >
        <Stack>
          <Text size="sm">{t('removeConfirm', { date: removing?.date ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={onRemove} loading={removeState.fetching}>
              {t('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** One consultation: when and where, who took part, what they said and what was decided. */
function ConsultationView({
  consultation: masked,
  actions,
}: {
  consultation: Masked;
  actions: React.ReactNode;
}) {
  const c = readFragment(ConsultationFragment, masked);
  const t = useConsultationText();
  const { lang } = useI18n();
  const headingId = `consultation-${c.id}`;
  return (
    <Stack gap="xs" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {t('summary', {
            date: formatDate(c.heldOn, lang),
            place: c.place,
            participants: c.participants.length,
            inputs: c.inputs.length,
          })}
        </Title>
        {actions}
      </Group>
      <ListTable
        minWidth={420}
        striped={false}
        withTableBorder
        aria-label={t('participants')}
        rows={c.participants}
        rowKey={(_, i) => i}
        columns={[
          { head: t('name'), cell: (p) => p.name },
          { head: t('organisation'), cell: (p) => p.organisation },
          { head: t('category'), cell: (p) => p.categoryLabel },
        ]}
      />
      {c.inputs.length > 0 ? (
        <ListTable
          minWidth={420}
          striped={false}
          withTableBorder
          aria-label={t('inputs')}
          rows={c.inputs}
          rowKey={(_, n) => n}
          columns={[
            { head: t('inputs'), cell: (i) => i.input },
            { head: t('decision'), cell: (i) => i.decisionLabel },
            { head: t('reason'), cell: (i) => i.reason ?? '—' },
          ]}
        />
      ) : (
        <Text size="sm">{t('noInputs')}</Text>
      )}
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('beritaAcara')}:
        </Text>
        {c.beritaAcara ? (
          <>
            <Text size="sm">{c.beritaAcara.fileName}</Text>
            <DocumentLinks doc={c.beritaAcara} />
          </>
        ) : (
          <Text size="sm" c="orange.8">
            {t('noBeritaAcara')}
          </Text>
        )}
      </Group>
      {c.createdBy ? (
        <Text size="xs" c="gray.7">
          {t('recordedBy', { name: c.createdBy.name })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The reason a draft needs no consultation (an editorial change); empty clears it. */
function EditorialReason({
  target,
  reason,
  onSaved,
}: {
  target: ConsultationTarget;
  reason: string | null;
  onSaved: (text: string) => void;
}) {
  const t = useConsultationText();
  const [value, setValue] = useState(reason ?? '');
  const [error, setError] = useState<string | undefined>();
  const [sopState, setSop] = useMutation(SetSopNoConsultationReasonMutation);
  const [stdState, setStd] = useMutation(SetStandardNoConsultationReasonMutation);
  const sending = useRef(false);
  const onSave = async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      const vars = { reason: value.trim() || null };
      const result =
        'sopVersionId' in target
          ? (await setSop({ id: target.sopVersionId, ...vars })).data?.setSopNoConsultationReason
          : (await setStd({ id: target.serviceStandardVersionId, ...vars })).data
              ?.setServiceStandardNoConsultationReason;
      if (result?.__typename === 'SopVersion' || result?.__typename === 'ServiceStandardVersion') {
        setError(undefined);
        onSaved(t('editorialSaved'));
      } else if (result?.__typename === 'ValidationError') {
        setError(result.issues[0]?.message);
      } else setError(result && 'message' in result ? result.message : undefined);
    } finally {
      sending.current = false;
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('editorialLabel')}
        description={t('editorialHint')}
        autosize
        minRows={2}
        value={value}
        error={error}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={onSave}
          loading={sopState.fetching || stdState.fetching}
        >
          {t('editorialSave')}
        </Button>
      </Group>
    </Stack>
  );
}
