import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { useI18n } from '../../lib/i18n';
import {
  type ActionInputSpec,
  actionSchema,
  defaultValues,
  editableInputs,
  type FormValues,
  localizedError,
  toActionInput,
} from './action-schema';
import { FileField } from './file-field';
import { InstructorsField } from './instructors-field';
import { type FormFailure, mapFailure, type TransitionFailure } from './server-errors';

/** An SOP action the viewer may take now (from `availableActions`). */
export interface ActionSpec {
  key: string;
  label: string;
  toStepName: string;
  branch?: string | null;
  inputs: readonly ActionInputSpec[];
  /** Cannot be taken back: the form asks for confirmation once before sending. */
  irreversible?: boolean;
  /**
   * Guard rails of the SOP the action would break now (before the schedule, incomplete class
   * records): shown above the form and in the confirmation; the reason input they name is listed
   * among the inputs, required.
   */
  warnings?: readonly { code: string; message: string; reasonInput: string }[];
}

/** What the server answered to a transition. */
export type SubmitOutcome =
  | { ok: true; stepName: string }
  | { ok: false; failure: TransitionFailure }
  | { ok: false; networkError: string };

export interface ActionFormProps {
  action: ActionSpec;
  requestId: string;
  /** Sends the transition; the caller adds the id, action key and expected version. */
  submit: (input: Record<string, unknown>) => Promise<SubmitOutcome>;
  onDone: (stepName: string) => void;
  /** Reloads the request after a stale-version refusal. */
  onReload: () => void;
  /** The user chose this action just now: bring the form into view and focus its first field. */
  autoFocus?: boolean;
}

/**
 * A form generated from an SOP action's inputs: one field per input type, validated in the
 * browser with the same rules the SOP applies, server refusals shown beside their field.
 */
export function ActionForm({
  action,
  requestId,
  submit,
  onDone,
  onReload,
  autoFocus = false,
}: ActionFormProps) {
  const { t, lang } = useI18n();
  const schema = useMemo(() => actionSchema(action.inputs), [action.inputs]);
  const resolver = useMemo(
    () => zodResolver(schema, { error: localizedError(lang) }) as unknown as Resolver<FormValues>,
    [schema, lang],
  );
  const form = useForm<FormValues>({
    resolver,
    defaultValues: defaultValues(action.inputs),
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Values waiting for the user's confirmation of an irreversible action.
  const [pending, setPending] = useState<FormValues | null>(null);

  // At 1366×768 a chosen action's form opens below the fold: bring it up and put the cursor in it.
  useEffect(() => {
    if (!autoFocus || !formRef.current) return;
    formRef.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    formRef.current
      .querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button[type=submit]')
      ?.focus({ preventScroll: true });
  }, [autoFocus]);
  const formId = `action-${action.key}`;
  const danger = action.branch === 'no' || /reject|cancel/.test(action.key);

  const send = async (values: FormValues) => {
    // A double click must not send the action twice: the button is disabled while this runs,
    // and this guard covers clicks that land before React re-renders.
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    try {
      const outcome = await submit(toActionInput(values));
      if (outcome.ok) {
        onDone(outcome.stepName);
        return;
      }
      if ('networkError' in outcome) {
        setFailure({ fields: {}, general: [outcome.networkError], stale: false, conflicts: [] });
        return;
      }
      const mapped = mapFailure(
        outcome.failure,
        action.inputs.map((i) => i.key),
      );
      setFailure(mapped);
      for (const [field, message] of Object.entries(mapped.fields)) {
        form.setError(field, { type: 'server', message }, { shouldFocus: true });
      }
    } finally {
      inFlight.current = false;
    }
  };
  const warnings = action.warnings ?? [];
  const onSubmit = form.handleSubmit((values) =>
    action.irreversible || warnings.length > 0 ? setPending(values) : send(values),
  );
  const number = (v: unknown) =>
    typeof v === 'number'
      ? new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
          maximumFractionDigits: 1,
        }).format(v)
      : typeof v === 'string'
        ? v
        : t('action.notRecorded');
  const computed = action.inputs.filter((i) => i.computed);
  const warningList = (
    <List size="sm">
      {warnings.map((w) => (
        <List.Item key={w.code}>{w.message}</List.Item>
      ))}
    </List>
  );

  const startDate = form.watch('startDate');
  const endDate = form.watch('endDate');
  const submitting = form.formState.isSubmitting;

  return (
    <form ref={formRef} id={formId} onSubmit={onSubmit} noValidate aria-label={action.label}>
      <Stack gap="sm">
        {warnings.length > 0 ? (
          <Alert color="orange" title={t('action.warningsTitle')} data-testid="action-warnings">
            <Stack gap={4}>
              {warningList}
              <Text size="sm">{t('action.warningsHint')}</Text>
            </Stack>
          </Alert>
        ) : null}
        {computed.length > 0 ? (
          <Stack gap={6} data-testid="computed-inputs">
            <Text size="sm" c="dimmed">
              {t('action.computedHint')}
            </Text>
            {computed.map((spec) => (
              <TextInput
                key={spec.key}
                label={spec.label}
                value={number(spec.value)}
                readOnly
                variant="filled"
              />
            ))}
          </Stack>
        ) : null}
        {editableInputs(action.inputs).map((spec) => (
          <Controller
            key={spec.key}
            control={form.control}
            name={spec.key}
            render={({ field, fieldState }) => {
              const error = fieldState.error?.message;
              const common = {
                label: spec.label,
                required: spec.required,
                error,
              };
              // A typed or chosen value, bound to the field.
              const typed = {
                ...common,
                name: field.name,
                value: String(field.value ?? ''),
                onChange: field.onChange,
                onBlur: field.onBlur,
                ref: field.ref,
              };
              switch (spec.type) {
                case 'boolean':
                  return (
                    <Checkbox
                      label={spec.label}
                      checked={field.value === true}
                      onChange={(e) => field.onChange(e.currentTarget.checked)}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      error={error}
                    />
                  );
                case 'date':
                  return <TextInput {...typed} type="date" />;
                case 'number':
                  return (
                    <TextInput
                      {...typed}
                      type="number"
                      inputMode="decimal"
                      min={spec.min ?? undefined}
                      max={spec.max ?? undefined}
                    />
                  );
                case 'choice':
                  return (
                    <NativeSelect
                      {...typed}
                      data={[
                        { value: '', label: t('form.choose') },
                        ...(spec.options ?? []).map((o) => ({ value: o, label: o })),
                      ]}
                    />
                  );
                case 'file':
                  return (
                    <FileField {...common} onUploaded={(uploadId) => field.onChange(uploadId)} />
                  );
                case 'instructors':
                  return (
                    <InstructorsField
                      {...common}
                      requestId={requestId}
                      startDate={typeof startDate === 'string' ? startDate : ''}
                      endDate={typeof endDate === 'string' ? endDate : ''}
                      value={Array.isArray(field.value) ? field.value : []}
                      onChange={field.onChange}
                      conflicts={failure?.conflicts ?? []}
                    />
                  );
                default:
                  return <Textarea {...typed} autosize minRows={2} />;
              }
            }}
          />
        ))}

        {failure?.stale ? (
          <Alert color="orange" title={t('action.staleTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <span>{t('action.stale')}</span>
              <Button variant="light" color="orange" onClick={onReload}>
                {t('common.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : failure ? (
          <Alert color="red" title={failure.general[0]} role="alert">
            {failure.general.length > 1 || failure.conflicts.length > 0 ? (
              <List size="sm">
                {failure.general.slice(1).map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
                {failure.conflicts.map((c) => (
                  <List.Item key={`${c.instructorId}-${c.message}`}>{c.message}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}

        <Group>
          <Button
            type="submit"
            color={danger ? 'red' : undefined}
            loading={submitting}
            disabled={submitting}
          >
            {action.label}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('action.confirmTitle', { action: action.label })}
      >
        <Stack gap="sm">
          {warnings.length > 0 ? (
            <Alert color="orange" title={t('action.warningsTitle')}>
              {warningList}
            </Alert>
          ) : null}
          <Text size="sm">
            {action.irreversible
              ? t('action.confirmText', { step: action.toStepName })
              : t('action.confirmWarned', { step: action.toStepName })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('action.confirmBack')}
            </Button>
            <Button
              color={danger ? 'red' : undefined}
              loading={submitting}
              onClick={async () => {
                const values = pending;
                setPending(null);
                if (values) await send(values);
              }}
            >
              {t('action.confirmYes', { action: action.label })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
