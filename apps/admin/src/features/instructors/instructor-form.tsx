import { ISLAND_LABELS, ISLANDS, type Island, instructorSchema } from '@blk/domain';
import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { MutationFailureFragment } from '../admin-common/failure';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import { useInstructorText } from './text';

/** The shared instructor schema without what this form does not edit (certificates apart). */
export const instructorFormSchema = instructorSchema.omit({ certifications: true, note: true });

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

export interface ProgramOption {
  id: string;
  name: string;
  code: string;
  kejuruan: { name: string };
}

/** Programs grouped by kejuruan, for the competency and certificate pickers. */
export function programGroups(programs: readonly ProgramOption[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of programs) {
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
  programs,
  onDone,
  onCancel,
}: {
  instructor: InstructorDetails | null;
  programs: readonly ProgramOption[];
  onDone: (saved: { id: string; name: string }) => void;
  onCancel?: () => void;
}) {
  const { lang } = useI18n();
  const t = useInstructorText();
  const [, create] = useMutation(CreateInstructorMutation);
  const [, update] = useMutation(UpdateInstructorMutation);
  const scaffold = useScaffoldForm({
    schema: instructorFormSchema,
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
    send: async (values, refuse) => {
      const input = { ...values, nip: values.nip ?? null, email: values.email ?? null };
      const outcome = instructor
        ? (await update({ id: instructor.id, input })).data?.updateInstructor
        : (await create({ input: { ...input, certifications: [] } })).data?.createInstructor;
      if (outcome?.__typename === 'Instructor') return onDone(outcome);
      return refuse(outcome);
    },
  });
  const { form, bind, err } = scaffold;
  return (
    <FormScaffold
      scaffold={scaffold}
      submitLabel={instructor ? t('common.save') : t('add')}
      onCancel={onCancel}
    >
      <TextInput label={t('fName')} required data-autofocus {...bind('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fPhone')} required type="tel" {...bind('phone')} />
        <TextInput label={t('fEmail')} type="email" {...bind('email')} />
        <TextInput
          label={t('fNip')}
          description={t('fNipHint')}
          inputMode="numeric"
          {...bind('nip')}
        />
        <SelectField
          scaffold={scaffold}
          name="homeIsland"
          label={t('island')}
          required
          allowDeselect={false}
          data={ISLANDS.map((i) => ({ value: i, label: ISLAND_LABELS[i][lang] }))}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="competencies"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('fCompetencies')}
            description={t('fCompetenciesHint')}
            searchable
            data={programGroups(programs)}
            name={field.name}
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err(
              fieldState.error?.message ??
                (fieldState.error as { root?: { message?: string } } | undefined)?.root?.message,
            )}
          />
        )}
      />
    </FormScaffold>
  );
}
