import { ISLAND_LABELS, ISLANDS, type Island, instructorSchema } from '@blk/domain';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import type { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { applyFailure, MutationFailureFragment } from '../admin-common/failure';
import { domainResolver } from '../admin-common/resolver';
import { useInstructorText } from './text';

/** The shared instructor schema without what this form does not edit (certificates apart). */
export const instructorFormSchema = instructorSchema.omit({ certifications: true, note: true });
type FormInput = z.input<typeof instructorFormSchema>;
type FormValues = z.output<typeof instructorFormSchema>;
const FIELDS = ['name', 'nip', 'phone', 'email', 'homeIsland', 'competencies'] as const;

const CreateInstructorMutation = graphql(
  `
  mutation Instructors_Create($input: CreateInstructorInput!) {
    createInstructor(input: $input) {
      __typename
      ... on Instructor {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateInstructorMutation = graphql(
  `
  mutation Instructors_Update($id: ID!, $input: UpdateInstructorInput!) {
    updateInstructor(id: $id, input: $input) {
      __typename
      ... on Instructor {
        id
        name
        nip
        phone
        email
        homeIsland
        competencies {
          id
          name
          kejuruan {
            code
            name
          }
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export interface ProgrammeOption {
  id: string;
  name: string;
  code: string;
  kejuruan: { name: string };
}

/** Programmes grouped by kejuruan, for the competency and certificate pickers. */
export function programmeGroups(programmes: readonly ProgrammeOption[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of programmes) {
    const items = groups.get(p.kejuruan.name) ?? [];
    items.push({ value: p.id, label: `${p.name} (${p.code})` });
    groups.set(p.kejuruan.name, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

export interface InstructorDetails {
  id: string;
  name: string;
  nip?: string | null;
  phone?: string | null;
  email?: string | null;
  homeIsland: Island;
  competencies: readonly { id: string }[];
}

/** Create an instructor or edit their details with the shared schema; refusals by the field. */
export function InstructorForm({
  instructor,
  programmes,
  onDone,
  onCancel,
}: {
  instructor: InstructorDetails | null;
  programmes: readonly ProgrammeOption[];
  onDone: (saved: { id: string; name: string }) => void;
  onCancel?: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useInstructorText();
  const [, create] = useMutation(CreateInstructorMutation);
  const [, update] = useMutation(UpdateInstructorMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: domainResolver(instructorFormSchema, lang),
    defaultValues: instructor
      ? {
          name: instructor.name,
          nip: instructor.nip ?? '',
          phone: instructor.phone ?? '',
          email: instructor.email ?? '',
          homeIsland: instructor.homeIsland,
          competencies: instructor.competencies.map((c) => c.id),
        }
      : { name: '', nip: '', phone: '', email: '', homeIsland: 'bangka', competencies: [] },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const input = { ...values, nip: values.nip ?? null, email: values.email ?? null };
    const outcome = instructor
      ? (await update({ id: instructor.id, input })).data?.updateInstructor
      : (await create({ input: { ...input, certifications: [] } })).data?.createInstructor;
    if (outcome?.__typename === 'Instructor') return onDone(outcome);
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
          label={t('fName')}
          required
          data-autofocus
          {...form.register('name')}
          error={err(errors.name?.message)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fPhone')}
            required
            type="tel"
            {...form.register('phone')}
            error={err(errors.phone?.message)}
          />
          <TextInput
            label={t('fEmail')}
            type="email"
            {...form.register('email')}
            error={err(errors.email?.message)}
          />
          <TextInput
            label={t('fNip')}
            description={t('fNipHint')}
            inputMode="numeric"
            {...form.register('nip')}
            error={err(errors.nip?.message)}
          />
          <Controller
            control={form.control}
            name="homeIsland"
            render={({ field }) => (
              <Select
                label={t('island')}
                required
                allowDeselect={false}
                data={ISLANDS.map((i) => ({ value: i, label: ISLAND_LABELS[i][lang] }))}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onChange={(v) => field.onChange(v ?? field.value)}
                onBlur={field.onBlur}
                error={err(errors.homeIsland?.message)}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="competencies"
          render={({ field }) => (
            <MultiSelect
              label={t('fCompetencies')}
              description={t('fCompetenciesHint')}
              searchable
              data={programmeGroups(programmes)}
              name={field.name}
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(errors.competencies?.message ?? errors.competencies?.root?.message)}
            />
          )}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
            {instructor ? t('save') : t('add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
