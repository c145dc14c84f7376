import { kejuruanSchema } from '@blk/domain';
import { TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';
import type { FormExits } from '../admin-common/form-scaffold';
import { FormScaffold, useScaffoldForm } from '../admin-common/form-scaffold';
import { useCatalogueText } from './text';

const CreateKejuruanMutation = graphql(
  `
  mutation Programs_CreateKejuruan($input: KejuruanInput!) {
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
  mutation Programs_RenameKejuruan($input: KejuruanInput!) {
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
} & FormExits<[k: Kejuruan]>) {
  const t = useCatalogueText();
  const [, create] = useMutation(CreateKejuruanMutation);
  const [, rename] = useMutation(UpdateKejuruanMutation);
  const scaffold = useScaffoldForm({
    schema: kejuruanSchema,
    defaultValues: existing ?? { code: '', name: '' },
    fields: ['code', 'name'],
    send: async (input, refuse) => {
      const outcome = existing
        ? (await rename({ input })).data?.updateKejuruan
        : (await create({ input })).data?.createKejuruan;
      if (outcome?.__typename === 'Kejuruan') return onDone(outcome);
      return refuse(outcome);
    },
  });
  return (
    <FormScaffold
      scaffold={scaffold}
      submitLabel={existing ? t('kejuruanRename') : t('kejuruanAdd')}
      onCancel={onCancel}
    >
      <TextInput
        label={t('kejuruanCode')}
        description={t('kejuruanCodeHint')}
        required
        readOnly={existing !== null}
        data-autofocus={existing === null ? true : undefined}
        {...scaffold.bind('code')}
      />
      <TextInput
        label={t('kejuruanName')}
        required
        data-autofocus={existing !== null ? true : undefined}
        {...scaffold.bind('name')}
      />
    </FormScaffold>
  );
}
