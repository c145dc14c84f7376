import { passwordSchema, staffUserSchema } from '@blk/domain';
import { PasswordInput, Switch, Text, TextInput, type TextInputProps } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useMutation } from 'urql';
import { z } from 'zod';
import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';
import type { FormExits } from '../admin-common/form-scaffold';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import { useAdminText } from '../admin-common/text';
import type { RoleOption, UserRow } from './staff-users-page';

/*
 * The staff-user dialogs' forms, loaded when a dialog opens: zod and react-hook-form stay out of
 * the staff-user list's first load (bench/admin-bundle.mjs).
 */

const CreateStaffUserMutation = graphql(
  `
  mutation Admin_CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      __typename
      ... on StaffUser {
        id
        name
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateStaffUserMutation = graphql(
  `
  mutation Admin_UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      __typename
      ... on StaffUser {
        id
        name
        nip
        active
        role {
          key
          name
          nameEn
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const ResetStaffPasswordMutation = graphql(
  `
  mutation Admin_ResetStaffPassword($id: ID!, $password: String!) {
    resetStaffPassword(id: $id, password: $password) {
      __typename
      ... on StaffUser {
        id
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export function CreateUserForm({
  roles,
  onDone,
  onCancel,
}: {
  roles: RoleOption[];
} & FormExits<[name: string]>) {
  const t = useAdminText();
  const [, create] = useMutation(CreateStaffUserMutation);
  const scaffold = useScaffoldForm({
    schema: staffUserSchema,
    defaultValues: { name: '', email: '', roleKey: '', password: '', nip: '' },
    send: async (input, refuse) => {
      const outcome = (await create({ input })).data?.createStaffUser;
      if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
      return refuse(outcome);
    },
  });
  const { bind } = scaffold;
  return (
    <FormScaffold scaffold={scaffold} submitLabel={t('users.add')} onCancel={onCancel}>
      <TextInput label={t('users.name')} required data-autofocus {...bind('name')} />
      <TextInput
        label={t('users.email')}
        type="email"
        required
        autoComplete="off"
        {...bind('email')}
      />
      <SelectField
        scaffold={scaffold}
        name="roleKey"
        label={t('users.role')}
        required
        data={roles}
      />
      <NipInput bind={bind('nip')} />
      <PasswordInput
        label={t('users.password')}
        required
        autoComplete="new-password"
        {...bind('password')}
      />
    </FormScaffold>
  );
}

/** The NIP field of both user forms: optional, printed under the SOP's signature. */
function NipInput({ bind }: { bind: TextInputProps }) {
  const t = useAdminText();
  return (
    <TextInput
      label={t('users.nip')}
      description={t('users.nipHint')}
      inputMode="numeric"
      autoComplete="off"
      {...bind}
    />
  );
}

/** The edit form checks the NIP with the API's rule; blank means "no NIP". */
const editSchema = z.strictObject({
  roleKey: z.string(),
  active: z.boolean(),
  nip: staffUserSchema.shape.nip,
});

export function EditUserForm({
  user,
  roles,
  onDone,
  onCancel,
}: {
  user: UserRow;
  roles: RoleOption[];
} & FormExits<[name: string]>) {
  const t = useAdminText();
  const [, update] = useMutation(UpdateStaffUserMutation);
  const scaffold = useScaffoldForm({
    schema: editSchema,
    defaultValues: { roleKey: user.role.key, active: user.active, nip: user.nip ?? '' },
    send: async (input, refuse) => {
      const outcome = (
        await update({
          id: user.id,
          input: { roleKey: input.roleKey, active: input.active, nip: input.nip ?? null },
        })
      ).data?.updateStaffUser;
      if (outcome?.__typename === 'StaffUser') return onDone(outcome.name);
      return refuse(outcome);
    },
  });
  const { form, bind, err } = scaffold;
  return (
    <FormScaffold scaffold={scaffold} submitLabel={t('common.save')} onCancel={onCancel}>
      <SelectField
        scaffold={scaffold}
        name="roleKey"
        label={t('users.role')}
        data={roles}
        allowDeselect={false}
      />
      <NipInput bind={bind('nip')} />
      <Controller
        control={form.control}
        name="active"
        render={({ field, fieldState }) => (
          <Switch
            label={t('users.active')}
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            error={err(fieldState.error?.message)}
          />
        )}
      />
    </FormScaffold>
  );
}

const resetSchema = z.strictObject({ password: passwordSchema });

export function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserRow;
} & FormExits) {
  const t = useAdminText();
  const [, reset] = useMutation(ResetStaffPasswordMutation);
  const scaffold = useScaffoldForm({
    schema: resetSchema,
    defaultValues: { password: '' },
    send: async ({ password }, refuse) => {
      const outcome = (await reset({ id: user.id, password })).data?.resetStaffPassword;
      if (outcome?.__typename === 'StaffUser') return onDone();
      return refuse(outcome);
    },
  });
  return (
    <FormScaffold
      scaffold={scaffold}
      submitLabel={t('users.reset')}
      submitColor="orange.9"
      onCancel={onCancel}
      intro={<Text size="sm">{t('users.resetHint')}</Text>}
    >
      <PasswordInput
        label={t('users.tempPassword')}
        required
        data-autofocus
        autoComplete="new-password"
        {...scaffold.bind('password')}
      />
    </FormScaffold>
  );
}
