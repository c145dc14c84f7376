import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, participantSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { applyFailure } from '../admin-common/failure';
import { dismiss, submitChange } from '../offline/sync';
import { useClassText } from './text';

type FormInput = z.input<typeof participantSchema>;
type FormValues = z.output<typeof participantSchema>;
const FIELDS = ['nik', 'name', 'birthDate', 'sex', 'education', 'phone', 'address'] as const;

/** Enrol one participant, checked with the shared participant schema as the API checks it. */
export function ParticipantForm({
  scheduleId,
  onDone,
  onCancel,
}: {
  scheduleId: string;
  /** `queued`: kept on the device, enrolled when the signal returns. */
  onDone: (name: string, queued: boolean) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useClassText();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(participantSchema, { error: localizedError(lang) }),
    defaultValues: {
      nik: '',
      name: '',
      birthDate: '',
      sex: undefined,
      education: undefined,
      phone: '',
      address: '',
    },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
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
    setError(
      refusal
        ? applyFailure({ __typename: refusal.code, ...refusal }, form, FIELDS)
        : appText('error.network'),
    );
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m?: string) => (m ? msg(m) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={t('fieldNik')}
          required
          inputMode="numeric"
          autoComplete="off"
          size="md"
          data-autofocus
          {...form.register('nik')}
          error={err(errors.nik?.message)}
        />
        <TextInput
          label={t('fieldName')}
          required
          size="md"
          {...form.register('name')}
          error={err(errors.name?.message)}
        />
        <TextInput
          type="date"
          label={t('fieldBirthDate')}
          required
          size="md"
          {...form.register('birthDate')}
          error={err(errors.birthDate?.message)}
        />
        <Controller
          control={form.control}
          name="sex"
          render={({ field }) => (
            <Select
              label={t('fieldSex')}
              required
              size="md"
              allowDeselect={false}
              data={[
                { value: 'L', label: t('male') },
                { value: 'P', label: t('female') },
              ]}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? undefined)}
              error={err(errors.sex?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="education"
          render={({ field }) => (
            <Select
              label={t('fieldEducation')}
              required
              size="md"
              allowDeselect={false}
              data={EDUCATION_LEVELS.map((e) => ({
                value: e,
                label: EDUCATION_LEVEL_LABELS[e][lang],
              }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? undefined)}
              error={err(errors.education?.message)}
            />
          )}
        />
        <TextInput
          type="tel"
          label={t('fieldPhone')}
          size="md"
          {...form.register('phone')}
          error={err(errors.phone?.message)}
        />
        <Textarea
          label={t('fieldAddress')}
          required
          size="md"
          autosize
          minRows={2}
          {...form.register('address')}
          error={err(errors.address?.message)}
        />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" size="md" loading={isSubmitting} disabled={isSubmitting}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
