import { programSchema } from '@blk/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import {
  Controller,
  type FieldError,
  type FieldErrors,
  type Path,
  useFieldArray,
} from 'react-hook-form';
import { useMutation } from 'urql';
import { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';
import type { FormExits } from '../admin-common/form-scaffold';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import type { ProgramRow } from './program-fragment';
import { useCatalogueText } from './text';

const CreateProgramMutation = graphql(
  `
  mutation Programs_Create($input: ProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on TrainingProgram {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateProgramMutation = graphql(
  `
  mutation Programs_Update($id: ID!, $expectedUpdatedAt: DateTime!, $input: ProgramInput!) {
    updateProgram(id: $id, expectedUpdatedAt: $expectedUpdatedAt, input: $input) {
      __typename
      ... on TrainingProgram {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type FormInput = z.input<typeof programSchema>;

/** Blank lines of the list boxes are not items: they are dropped before the shared schema runs. */
const formSchema = z.preprocess(
  (v: FormInput) => ({
    ...v,
    requirements: v.requirements.filter((s) => s.trim() !== ''),
    siteRequirements: v.siteRequirements.filter((s) => s.trim() !== ''),
  }),
  programSchema,
);

const FIELDS = [
  'code',
  'name',
  'kejuruan',
  'description',
  'durationDays',
  'durationJp',
  'classSizeMin',
  'classSizeDefault',
  'classSizeMax',
  'ageMin',
  'ageMax',
  'requirements',
  'siteRequirements',
  'competencyUnits',
] as const satisfies readonly Path<FormInput>[];

function initialValues(p: ProgramRow | null): FormInput {
  if (!p) {
    return {
      code: '',
      name: '',
      kejuruan: '',
      description: '',
      durationDays: 10,
      durationJp: 80,
      classSizeMin: 10,
      classSizeDefault: 16,
      classSizeMax: 16,
      ageMin: 17,
      ageMax: 40,
      requirements: [],
      siteRequirements: [],
      competencyUnits: [],
    };
  }
  return {
    code: p.code,
    name: p.name,
    kejuruan: p.kejuruan.code,
    description: p.description,
    durationDays: p.durationDays,
    durationJp: p.durationJp,
    classSizeMin: p.classSizeMin,
    classSizeDefault: p.classSizeDefault,
    classSizeMax: p.classSizeMax,
    ageMin: p.minAge ?? null,
    ageMax: p.maxAge ?? null,
    requirements: [...p.requirements],
    siteRequirements: [...p.siteRequirements],
    competencyUnits: p.units.map((u) => ({ code: u.code, title: u.title, jp: u.jp })),
  };
}

/** The first message of a field or of any item below it (list boxes, unit rows). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as FieldError & Record<string, unknown>;
  if (typeof e.message === 'string' && e.message) return e.message;
  if (e.root && typeof e.root === 'object') {
    const m = firstMessage(e.root);
    if (m) return m;
  }
  for (const value of Object.values(e)) {
    if (value && typeof value === 'object' && value !== e.ref) {
      const m = firstMessage(value);
      if (m) return m;
    }
  }
  return undefined;
}

/** Whole numbers typed into a NumberInput; empty becomes `empty` (undefined or null). */
const toInt = (v: string | number, empty: null | undefined) =>
  typeof v === 'number' ? v : v.trim() === '' ? empty : Number(v);

export interface ProgramFormProps extends FormExits<[name: string, created: boolean]> {
  program: ProgramRow | null;
  kejuruan: readonly { code: string; name: string }[];
  onStale: () => void;
}

/** Create or edit a program with the shared `programSchema`; refusals beside their field. */
export function ProgramForm({ program, kejuruan, onDone, onCancel, onStale }: ProgramFormProps) {
  const t = useCatalogueText();
  const [, create] = useMutation(CreateProgramMutation);
  const [, update] = useMutation(UpdateProgramMutation);
  const [stale, setStale] = useState(false);
  const scaffold = useScaffoldForm({
    schema: formSchema,
    defaultValues: initialValues(program),
    fields: FIELDS,
    send: async (values, refuse) => {
      setStale(false);
      const input = { ...values, description: values.description ?? null };
      const outcome = program
        ? (await update({ id: program.id, expectedUpdatedAt: program.updatedAt, input })).data
            ?.updateProgram
        : (await create({ input })).data?.createProgram;
      if (outcome?.__typename === 'TrainingProgram') return onDone(outcome.name, !program);
      if (
        outcome?.__typename === 'OperationError' &&
        outcome.errorCode === 'CONFLICT_STALE_VERSION'
      )
        return setStale(true);
      return refuse(outcome);
    },
  });
  const { form } = scaffold;
  const units = useFieldArray({ control: form.control, name: 'competencyUnits' });
  const { errors } = form.formState;
  const err = (e: unknown) => scaffold.err(firstMessage(e));
  const unitErrors = (errors as FieldErrors<FormInput>).competencyUnits;
  const watchedUnits = form.watch('competencyUnits');
  const unitTotal = watchedUnits.reduce((sum, u) => sum + (Number(u.jp) || 0), 0);
  const durationJp = Number(form.watch('durationJp')) || 0;

  const intField = (
    name:
      | 'durationDays'
      | 'durationJp'
      | 'classSizeMin'
      | 'classSizeDefault'
      | 'classSizeMax'
      | 'ageMin'
      | 'ageMax',
    label: string,
    opts: { required?: boolean; description?: string } = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={opts.description}
          required={opts.required ?? true}
          allowDecimal={false}
          allowNegative={false}
          name={field.name}
          ref={field.ref}
          value={field.value ?? ''}
          onBlur={field.onBlur}
          onChange={(v) => field.onChange(toInt(v, name.startsWith('age') ? null : undefined))}
          error={err(errors[name])}
        />
      )}
    />
  );

  const listField = (name: 'requirements' | 'siteRequirements', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Textarea
          label={label}
          description={t('fListHint')}
          autosize
          minRows={3}
          name={field.name}
          ref={field.ref}
          value={field.value.join('\n')}
          onBlur={field.onBlur}
          onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
          error={err(errors[name])}
        />
      )}
    />
  );

  return (
    <FormScaffold
      scaffold={scaffold}
      submitLabel={program ? t('common.save') : t('add')}
      onCancel={onCancel}
      intro={
        stale ? (
          <Alert color="orange" role="alert">
            <Group justify="space-between">
              <Text size="sm">{t('stale')}</Text>
              <Button size="xs" variant="default" onClick={onStale}>
                {t('common.reload')}
              </Button>
            </Group>
          </Alert>
        ) : null
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fCode')}
          description={t('fCodeHint')}
          required
          data-autofocus
          {...form.register('code')}
          error={err(errors.code)}
        />
        <SelectField
          scaffold={scaffold}
          name="kejuruan"
          label={t('fKejuruan')}
          required
          searchable
          data={kejuruan.map((k) => ({ value: k.code, label: `${k.name} (${k.code})` }))}
        />
      </SimpleGrid>
      <TextInput label={t('fName')} required {...form.register('name')} error={err(errors.name)} />
      <Textarea
        label={t('fDescription')}
        autosize
        minRows={3}
        {...form.register('description')}
        error={err(errors.description)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {intField('durationDays', t('fDurationDays'))}
        {intField('durationJp', t('fDurationJp'), { description: t('fDurationJpHint') })}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {intField('classSizeMin', t('fClassSizeMin'))}
        {intField('classSizeDefault', t('fClassSizeDefault'))}
        {intField('classSizeMax', t('fClassSizeMax'))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {intField('ageMin', t('fAgeMin'), { required: false, description: t('fAgeHint') })}
        {intField('ageMax', t('fAgeMax'), { required: false, description: t('fAgeHint') })}
      </SimpleGrid>
      {listField('requirements', t('fRequirements'))}
      {listField('siteRequirements', t('fSiteRequirements'))}
      <Fieldset legend={t('fUnits')}>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('fUnitsHint', { total: unitTotal, max: durationJp })}
          </Text>
          {unitErrors?.root?.message || unitErrors?.message ? (
            <Text size="sm" c="red.9" role="alert">
              {scaffold.err(unitErrors.root?.message ?? unitErrors.message)}
            </Text>
          ) : null}
          {units.fields.length === 0 ? (
            <Text size="sm">{t('noUnits')}</Text>
          ) : (
            units.fields.map((unit, i) => {
              const n = i + 1;
              const rowErrors = unitErrors?.[i];
              return (
                <Group key={unit.id} align="flex-start" gap="xs" wrap="nowrap">
                  <TextInput
                    w={150}
                    label={t('fUnitCode', { n })}
                    required
                    {...form.register(`competencyUnits.${i}.code`)}
                    error={err(rowErrors?.code)}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('fUnitTitle', { n })}
                    required
                    {...form.register(`competencyUnits.${i}.title`)}
                    error={err(rowErrors?.title)}
                  />
                  <Controller
                    control={form.control}
                    name={`competencyUnits.${i}.jp`}
                    render={({ field }) => (
                      <NumberInput
                        w={90}
                        label={t('fUnitJp', { n })}
                        required
                        allowDecimal={false}
                        allowNegative={false}
                        name={field.name}
                        ref={field.ref}
                        value={field.value ?? ''}
                        onBlur={field.onBlur}
                        onChange={(v) => field.onChange(toInt(v, undefined))}
                        error={err(rowErrors?.jp)}
                      />
                    )}
                  />
                  <ActionIcon
                    mt={28}
                    variant="outline"
                    color="red.9"
                    size="lg"
                    aria-label={t('removeUnit', { n })}
                    onClick={() => units.remove(i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })
          )}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => units.append({ code: '', title: '', jp: 8 })}
            >
              {t('addUnit')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </FormScaffold>
  );
}
