import {
  CONSULTATION_DECISION_LABELS,
  CONSULTATION_DECISIONS,
  CONSULTATION_PARTICIPANT_CATEGORIES,
  CONSULTATION_PARTICIPANT_CATEGORY_LABELS,
  consultationSchema,
} from '@blk/domain';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { type FieldError, get, useFieldArray } from 'react-hook-form';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { FileField } from '../action-form/file-field';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import {
  ConsultationFragment,
  RecordConsultationMutation,
  UpdateConsultationMutation,
} from './documents';
import { useConsultationText } from './text';

/** The draft a consultation is recorded on. */
export type ConsultationTarget = { sopVersionId: string } | { serviceStandardVersionId: string };

const emptyParticipant = () => ({ name: '', organisation: '', category: 'akademisi' as const });
const emptyInput = () => ({ input: '', decision: 'accepted' as const, reason: '' });

/**
 * Records or edits one consultation: date, place, participants (name, organisation, category),
 * inputs with the decision on each, and the berita acara (uploaded at once). A form scaffold over
 * the shared `consultationSchema`: its rules show beside their fields before anything is sent, the
 * server's refusals beside their fields or above the form.
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
  const [uploadId, setUploadId] = useState('');
  const [, record] = useMutation(RecordConsultationMutation);
  const [, update] = useMutation(UpdateConsultationMutation);
  const scaffold = useScaffoldForm({
    schema: consultationSchema,
    defaultValues: {
      heldOn: existing?.heldOn ?? '',
      place: existing?.place ?? '',
      // Only the schema's fields (a cached object also carries its __typename).
      participants: existing?.participants.map(({ name, organisation, category }) => ({
        name,
        organisation,
        category,
      })) ?? [emptyParticipant()],
      inputs:
        existing?.inputs.map(({ input, decision, reason }) => ({
          input,
          decision,
          reason: reason ?? '',
        })) ?? [],
    },
    send: async (values, refuse) => {
      const input = { ...values, ...(uploadId ? { beritaAcaraUploadId: uploadId } : {}) };
      const outcome = existing
        ? (await update({ id: existing.id, input })).data?.updateConsultation
        : (await record({ target, input })).data?.recordConsultation;
      if (outcome?.__typename === 'PublicConsultation') return onDone(t('saved'));
      return refuse(outcome);
    },
  });
  const { form, bind, err } = scaffold;
  const participants = useFieldArray({ control: form.control, name: 'participants' });
  const inputs = useFieldArray({ control: form.control, name: 'inputs' });
  const participantsError = err(
    (get(form.formState.errors, 'participants') as FieldError | undefined)?.message,
  );

  const categories = CONSULTATION_PARTICIPANT_CATEGORIES.map((value) => ({
    value,
    label: CONSULTATION_PARTICIPANT_CATEGORY_LABELS[value][lang],
  }));
  const decisions = CONSULTATION_DECISIONS.map((value) => ({
    value,
    label: CONSULTATION_DECISION_LABELS[value][lang],
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('formTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      <FormScaffold scaffold={scaffold} submitLabel={t('save')} onCancel={onClose}>
        <Group grow align="flex-start">
          <TextInput type="date" label={t('heldOn')} required {...bind('heldOn')} />
          <TextInput label={t('place')} description={t('placeHint')} required {...bind('place')} />
        </Group>
        <Fieldset legend={t('participants')}>
          <Stack gap="xs">
            {participantsError ? (
              <Text size="sm" c="red" role="alert">
                {participantsError}
              </Text>
            ) : null}
            {participants.fields.map((field, i) => (
              <Group
                key={field.id}
                align="flex-end"
                wrap="nowrap"
                role="group"
                aria-label={t('participantNo', { no: i + 1 })}
              >
                <TextInput
                  label={t('name')}
                  required
                  flex={1}
                  {...bind(`participants.${i}.name`)}
                />
                <TextInput
                  label={t('organisation')}
                  required
                  flex={1}
                  {...bind(`participants.${i}.organisation`)}
                />
                <SelectField
                  scaffold={scaffold}
                  name={`participants.${i}.category`}
                  label={t('category')}
                  required
                  w={240}
                  data={categories}
                  allowDeselect={false}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('removeParticipant', { no: i + 1 })}
                  disabled={participants.fields.length === 1}
                  onClick={() => participants.remove(i)}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => participants.append(emptyParticipant())}
              >
                {t('addParticipant')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('inputs')}>
          <Stack gap="xs">
            {inputs.fields.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('noInputs')}
              </Text>
            ) : null}
            {inputs.fields.map((field, i) => (
              <Stack key={field.id} gap={4} role="group" aria-label={t('inputNo', { no: i + 1 })}>
                <Group align="flex-end" wrap="nowrap">
                  <Textarea
                    label={t('inputNo', { no: i + 1 })}
                    required
                    autosize
                    flex={1}
                    {...bind(`inputs.${i}.input`)}
                  />
                  <SelectField
                    scaffold={scaffold}
                    name={`inputs.${i}.decision`}
                    label={t('decision')}
                    required
                    w={240}
                    data={decisions}
                    allowDeselect={false}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('removeInput', { no: i + 1 })}
                    onClick={() => inputs.remove(i)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
                <Textarea
                  label={`${t('reason')} (${t('inputNo', { no: i + 1 })})`}
                  description={t('reasonHint')}
                  autosize
                  {...bind(`inputs.${i}.reason`)}
                />
              </Stack>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => inputs.append(emptyInput())}>
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
          error={undefined}
          onUploaded={setUploadId}
        />
      </FormScaffold>
    </Modal>
  );
}
