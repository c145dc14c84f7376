import { Button, Group, Select, type SelectProps, Stack } from '@mantine/core';
import { type BaseSyntheticEvent, type ReactNode, useState } from 'react';
import {
  Controller,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  get,
  type Path,
  type UseFormRegisterReturn,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../lib/i18n';
import { applyFailure, type MutationFailure } from './failure';
import { domainResolver } from './resolver';
import { ErrorAlert } from './status-alert';

/**
 * How a create/edit form in a dialog ends: `onDone` with what was saved (`Done`, the arguments),
 * or `onCancel`. The screen behind closes the dialog and says what happened.
 */
export interface FormExits<Done extends unknown[] = []> {
  onDone: (...done: Done) => void;
  onCancel: () => void;
}

/** Turns a refused (or lost: `null`) mutation into the words above the form. */
export type Refuse = (failure: MutationFailure | null | undefined) => string;

/** A create/edit form of the staff app, checked with a shared `@blk/domain` schema. */
export interface ScaffoldForm<TIn extends FieldValues, TOut> {
  form: UseFormReturn<TIn, unknown, TOut>;
  /** The refusal shown above the fields, if any. */
  error: string | null;
  /** The submit handler: checks the schema, then runs `send`. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** A message in the current language (domain message key or server text), or nothing. */
  err: (message?: string) => string | undefined;
  /** A text input's registration and its field's error, to spread on the input. */
  bind: (name: Path<TIn>) => UseFormRegisterReturn<Path<TIn>> & { error?: string };
}

/**
 * The form half of every create/edit screen: react-hook-form with `domainResolver` (the schema
 * the API checks, its rule messages with their numbers), and `send`, which runs the mutation.
 * `send` returns the words of a refusal (a string), anything else when it is done: `refuse(outcome)` puts the
 * server's issues beside their fields (`fields`, by default those of `defaultValues`) and gives
 * the rest, or the network error when no outcome came back.
 */
export function useScaffoldForm<TIn extends FieldValues, TOut>({
  schema,
  defaultValues,
  fields,
  send,
}: {
  schema: z.ZodType<TOut, TIn>;
  defaultValues: DefaultValues<TIn>;
  fields?: readonly Path<TIn>[];
  send: (values: TOut, refuse: Refuse) => Promise<unknown>;
}): ScaffoldForm<TIn, TOut> {
  const { lang, msg, t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TIn, unknown, TOut>({
    resolver: domainResolver(schema, lang),
    defaultValues,
  });
  const known = fields ?? (Object.keys(defaultValues) as Path<TIn>[]);
  const refuse: Refuse = (failure) =>
    failure ? applyFailure(failure, form, known) : t('error.network');
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const refusal = await send(values, refuse);
    setError(typeof refusal === 'string' && refusal ? refusal : null);
  });
  const err = (message?: string) => (message ? msg(message) : undefined);
  const bind = (name: Path<TIn>) => ({
    ...form.register(name),
    error: err((get(form.formState.errors, name) as FieldError | undefined)?.message),
  });
  return { form, error, onSubmit, err, bind };
}

/**
 * The frame of a create/edit form: an optional intro, the refusal (`role="alert"`), the fields,
 * and Cancel (when `onCancel` is given) beside the submit button, busy while it sends.
 */
export function FormScaffold<TIn extends FieldValues, TOut>({
  scaffold,
  submitLabel,
  submitColor,
  size,
  onCancel,
  intro,
  children,
}: {
  scaffold: ScaffoldForm<TIn, TOut>;
  submitLabel: string;
  submitColor?: string;
  /** The buttons' size (`md` on the phone screens of a class). */
  size?: string;
  onCancel?: () => void;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { isSubmitting } = scaffold.form.formState;
  return (
    <form onSubmit={scaffold.onSubmit} noValidate>
      <Stack>
        {intro}
        <ErrorAlert message={scaffold.error} />
        {children}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" size={size} onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button
            type="submit"
            color={submitColor}
            size={size}
            loading={isSubmitting}
            disabled={isSubmitting}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A select of a scaffold form, bound to its field: the value, its changes and its error. Without
 * `allowDeselect={false}` clearing it leaves an empty string (a required field then says so).
 */
export function SelectField<TIn extends FieldValues, TOut>({
  scaffold,
  name,
  ...props
}: { scaffold: ScaffoldForm<TIn, TOut>; name: Path<TIn> } & Omit<
  SelectProps,
  'name' | 'value' | 'onChange' | 'error'
>) {
  return (
    <Controller
      control={scaffold.form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          {...props}
          name={field.name}
          ref={field.ref}
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? (props.allowDeselect === false ? field.value : ''))}
          onBlur={field.onBlur}
          error={scaffold.err(fieldState.error?.message)}
        />
      )}
    />
  );
}
