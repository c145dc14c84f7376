import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, participantSchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import type { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { applyFailure } from '../admin-common/failure';
import { useClassText } from './text';

const AddMutation = graphql(`
  mutation ClassPage_AddParticipant($scheduleId: ID!, $input: ParticipantInput!) {
    addParticipant(scheduleId: $scheduleId, input: $input) {
      __typename
      ... on Participant {
        id
        name
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

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
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useClassText();
  const [, add] = useMutation(AddMutation);
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
    const outcome = (await add({ scheduleId, input })).data?.addParticipant;
    if (outcome?.__typename === 'Participant') return onDone(outcome.name);
    setError(outcome ? applyFailure(outcome, form, FIELDS) : appText('error.network'));
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
