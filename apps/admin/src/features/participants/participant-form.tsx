import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, participantSchema } from '@blk/domain';
import { Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../lib/i18n';
import type { FormExits } from '../admin-common/form-scaffold';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import { dismiss, submitChange } from '../offline/sync';
import { useClassText } from './text';

/**
 * Enrol one participant, checked with the shared participant schema as the API checks it; `queued`
 * when it is kept on the device, enrolled when the signal returns.
 */
export function ParticipantForm({
  scheduleId,
  onDone,
  onCancel,
}: {
  scheduleId: string;
} & FormExits<[name: string, queued: boolean]>) {
  const { lang } = useI18n();
  const t = useClassText();
  const scaffold = useScaffoldForm({
    schema: participantSchema,
    defaultValues: {
      nik: '',
      name: '',
      birthDate: '',
      sex: undefined,
      education: undefined,
      phone: '',
      address: '',
    },
    send: async (values, refuse) => {
      const input = { ...values, phone: values.phone ?? null };
      // Through the device's queue like every class change: without signal it waits there.
      const outcome = await submitChange({
        scheduleId,
        lang,
        change: { kind: 'participant', input },
      });
      if (outcome.kind === 'saved' || outcome.kind === 'overridden')
        return onDone(values.name, false);
      if (outcome.kind === 'queued') return onDone(values.name, true);
      // Refused while the form is open: the reasons go beside the fields, and the item leaves the
      // queue (the form holds it, to be corrected and sent again).
      await dismiss(outcome.item.id);
      const refusal = outcome.item.refusal;
      return refuse(refusal ? { __typename: refusal.code, ...refusal } : null);
    },
  });
  const { bind } = scaffold;
  return (
    <FormScaffold scaffold={scaffold} submitLabel={t('common.save')} size="md" onCancel={onCancel}>
      <TextInput
        label={t('fieldNik')}
        required
        inputMode="numeric"
        autoComplete="off"
        size="md"
        data-autofocus
        {...bind('nik')}
      />
      <TextInput label={t('fieldName')} required size="md" {...bind('name')} />
      <TextInput
        type="date"
        label={t('fieldBirthDate')}
        required
        size="md"
        {...bind('birthDate')}
      />
      <SelectField
        scaffold={scaffold}
        name="sex"
        label={t('fieldSex')}
        required
        size="md"
        allowDeselect={false}
        data={[
          { value: 'L', label: t('male') },
          { value: 'P', label: t('female') },
        ]}
      />
      <SelectField
        scaffold={scaffold}
        name="education"
        label={t('fieldEducation')}
        required
        size="md"
        allowDeselect={false}
        data={EDUCATION_LEVELS.map((e) => ({
          value: e,
          label: EDUCATION_LEVEL_LABELS[e][lang],
        }))}
      />
      <TextInput type="tel" label={t('fieldPhone')} size="md" {...bind('phone')} />
      <Textarea
        label={t('fieldAddress')}
        required
        size="md"
        autosize
        minRows={2}
        {...bind('address')}
      />
    </FormScaffold>
  );
}
