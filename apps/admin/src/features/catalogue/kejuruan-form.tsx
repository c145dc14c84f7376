import { type KejuruanInput, kejuruanSchema } from '@blk/domain';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import type { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { applyFailure, MutationFailureFragment } from '../admin-common/failure';
import { domainResolver } from '../admin-common/resolver';
import { useCatalogueText } from './text';

const CreateKejuruanMutation = graphql(
  `
  mutation Programmes_CreateKejuruan($input: KejuruanInput!) {
    createKejuruan(input: $input) {
      __typename
      ... on Kejuruan {
        code
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateKejuruanMutation = graphql(
  `
  mutation Programmes_RenameKejuruan($input: KejuruanInput!) {
    updateKejuruan(input: $input) {
      __typename
      ... on Kejuruan {
        code
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export interface Kejuruan {
  code: string;
  name: string;
}

/** Add a kejuruan (code + name) or rename one (its code is fixed), with `kejuruanSchema`. */
export function KejuruanForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: Kejuruan | null;
  onDone: (k: Kejuruan) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useCatalogueText();
  const [, create] = useMutation(CreateKejuruanMutation);
  const [, rename] = useMutation(UpdateKejuruanMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof kejuruanSchema>, unknown, KejuruanInput>({
    resolver: domainResolver(kejuruanSchema, lang),
    defaultValues: existing ?? { code: '', name: '' },
  });
  const onSubmit = form.handleSubmit(async (input) => {
    setError(null);
    const outcome = existing
      ? (await rename({ input })).data?.updateKejuruan
      : (await create({ input })).data?.createKejuruan;
    if (outcome?.__typename === 'Kejuruan') return onDone(outcome);
    setError(outcome ? applyFailure(outcome, form, ['code', 'name']) : appText('error.network'));
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={t('kejuruanCode')}
          description={t('kejuruanCodeHint')}
          required
          readOnly={existing !== null}
          data-autofocus={existing === null ? true : undefined}
          {...form.register('code')}
          error={errors.code?.message && msg(errors.code.message)}
        />
        <TextInput
          label={t('kejuruanName')}
          required
          data-autofocus={existing !== null ? true : undefined}
          {...form.register('name')}
          error={errors.name?.message && msg(errors.name.message)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
            {existing ? t('kejuruanRename') : t('kejuruanAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
