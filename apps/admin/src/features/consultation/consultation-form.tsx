import {
  CONSULTATION_DECISION_LABELS,
  CONSULTATION_DECISIONS,
  CONSULTATION_PARTICIPANT_CATEGORIES,
  CONSULTATION_PARTICIPANT_CATEGORY_LABELS,
  type ConsultationDecision,
  type ConsultationParticipantCategory,
  consultationSchema,
  parseInput,
} from '@blk/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { FileField } from '../action-form/file-field';
import {
  ConsultationFragment,
  RecordConsultationMutation,
  UpdateConsultationMutation,
} from './documents';
import { useConsultationText } from './text';

/** The draft a consultation is recorded on. */
export type ConsultationTarget = { sopVersionId: string } | { serviceStandardVersionId: string };

interface Participant {
  name: string;
  organisation: string;
  category: ConsultationParticipantCategory;
}
interface Received {
  input: string;
  decision: ConsultationDecision;
  reason: string;
}

const emptyParticipant = (): Participant => ({ name: '', organisation: '', category: 'akademisi' });
const emptyInput = (): Received => ({ input: '', decision: 'accepted', reason: '' });

/**
 * Records or edits one consultation: date, place, participants (name, organisation, category),
 * inputs with the decision on each, and the berita acara (uploaded at once). Checked with the
 * shared `consultationSchema` before sending; the server's refusals show beside their fields.
 */
export function ConsultationForm({
  target,
  existing: masked,
  onDone,
  onClose,
}: {
  target: ConsultationTarget;
  existing: FragmentOf<typeof ConsultationFragment> | null;
  onDone: (text: string) => void;
  onClose: () => void;
}) {
  const existing = masked ? readFragment(ConsultationFragment, masked) : null;
  const { lang } = useI18n();
  const t = useConsultationText();
  const [heldOn, setHeldOn] = useState(existing?.heldOn ?? '');
  const [place, setPlace] = useState(existing?.place ?? '');
  const [participants, setParticipants] = useState<Participant[]>(
    existing?.participants.map((p) => ({ ...p })) ?? [emptyParticipant()],
  );
  const [inputs, setInputs] = useState<Received[]>(
    existing?.inputs.map((i) => ({ ...i, reason: i.reason ?? '' })) ?? [],
  );
  const [uploadId, setUploadId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [recordState, record] = useMutation(RecordConsultationMutation);
  const [updateState, update] = useMutation(UpdateConsultationMutation);
  const sending = useRef(false);
  const busy = recordState.fetching || updateState.fetching;

  const categories = CONSULTATION_PARTICIPANT_CATEGORIES.map((value) => ({
    value,
    label: CONSULTATION_PARTICIPANT_CATEGORY_LABELS[value][lang],
  }));
  const decisions = CONSULTATION_DECISIONS.map((value) => ({
    value,
    label: CONSULTATION_DECISION_LABELS[value][lang],
  }));

  const setParticipant = (i: number, change: Partial<Participant>) =>
    setParticipants((list) => list.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const setInput = (i: number, change: Partial<Received>) =>
    setInputs((list) => list.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const onSave = async () => {
    if (sending.current) return;
    const value = {
      heldOn,
      place,
      participants,
      inputs: inputs.map((i) => (i.reason.trim() ? i : { input: i.input, decision: i.decision })),
    };
    const parsed = parseInput(consultationSchema, value, lang);
    if (!parsed.ok) {
      setErrors(Object.fromEntries(parsed.issues.map((i) => [i.path, i.message])));
      return;
    }
    setErrors({});
    setFailure(null);
    sending.current = true;
    try {
      const input = { ...value, ...(uploadId ? { beritaAcaraUploadId: uploadId } : {}) };
      const result = existing
        ? (await update({ id: existing.id, input })).data?.updateConsultation
        : (await record({ target, input })).data?.recordConsultation;
      if (result?.__typename === 'PublicConsultation') {
        onDone(t('saved'));
        return;
      }
      if (result?.__typename === 'ValidationError') {
        setErrors(Object.fromEntries(result.issues.map((i) => [i.path, i.message])));
      }
      setFailure(result && 'message' in result ? result.message : t('save'));
    } finally {
      sending.current = false;
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('formTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('cancel') }}
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('heldOn')}
            required
            value={heldOn}
            error={errors.heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('place')}
            description={t('placeHint')}
            required
            value={place}
            error={errors.place}
            onChange={(e) => setPlace(e.currentTarget.value)}
          />
        </Group>
        <Fieldset legend={t('participants')}>
          <Stack gap="xs">
            {errors.participants ? (
              <Text size="sm" c="red" role="alert">
                {errors.participants}
              </Text>
            ) : null}
            {participants.map((p, i) => (
              <Group
                key={i}
                align="flex-end"
                wrap="nowrap"
                role="group"
                aria-label={t('participantNo', { no: i + 1 })}
              >
                <TextInput
                  label={t('name')}
                  required
                  flex={1}
                  value={p.name}
                  error={errors[`participants.${i}.name`]}
                  onChange={(e) => setParticipant(i, { name: e.currentTarget.value })}
                />
                <TextInput
                  label={t('organisation')}
                  required
                  flex={1}
                  value={p.organisation}
                  error={errors[`participants.${i}.organisation`]}
                  onChange={(e) => setParticipant(i, { organisation: e.currentTarget.value })}
                />
                <Select
                  label={t('category')}
                  required
                  w={240}
                  data={categories}
                  value={p.category}
                  allowDeselect={false}
                  onChange={(v) =>
                    v && setParticipant(i, { category: v as ConsultationParticipantCategory })
                  }
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('removeParticipant', { no: i + 1 })}
                  disabled={participants.length === 1}
                  onClick={() => setParticipants((list) => list.filter((_, j) => j !== i))}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => setParticipants((list) => [...list, emptyParticipant()])}
              >
                {t('addParticipant')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('inputs')}>
          <Stack gap="xs">
            {inputs.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('noInputs')}
              </Text>
            ) : null}
            {inputs.map((item, i) => (
              <Stack key={i} gap={4} role="group" aria-label={t('inputNo', { no: i + 1 })}>
                <Group align="flex-end" wrap="nowrap">
                  <Textarea
                    label={t('inputNo', { no: i + 1 })}
                    required
                    autosize
                    flex={1}
                    value={item.input}
                    error={errors[`inputs.${i}.input`]}
                    onChange={(e) => setInput(i, { input: e.currentTarget.value })}
                  />
                  <Select
                    label={t('decision')}
                    required
                    w={240}
                    data={decisions}
                    value={item.decision}
                    allowDeselect={false}
                    onChange={(v) => v && setInput(i, { decision: v as ConsultationDecision })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('removeInput', { no: i + 1 })}
                    onClick={() => setInputs((list) => list.filter((_, j) => j !== i))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
                <Textarea
                  label={`${t('reason')} (${t('inputNo', { no: i + 1 })})`}
                  description={t('reasonHint')}
                  autosize
                  value={item.reason}
                  error={errors[`inputs.${i}.reason`]}
                  onChange={(e) => setInput(i, { reason: e.currentTarget.value })}
                />
              </Stack>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => setInputs((list) => [...list, emptyInput()])}
              >
                {t('addInput')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        {existing?.beritaAcara ? (
          <Text size="sm">{t('beritaAcaraKeep', { name: existing.beritaAcara.fileName })}</Text>
        ) : null}
        <FileField
          label={t('beritaAcara')}
          required={false}
          error={errors.beritaAcaraUploadId}
          onUploaded={setUploadId}
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={onSave} loading={busy}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
