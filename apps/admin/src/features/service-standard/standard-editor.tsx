import {
  SERVICE_STANDARD_COMPONENTS,
  type ServiceStandardComponentKey,
  type ServiceStandardContentInput,
  serviceStandardContentSchema,
} from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { memo, useRef, useState } from 'react';
import {
  type Control,
  Controller,
  type FieldError,
  type Path,
  useForm,
  useWatch,
} from 'react-hook-form';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { changedKeys } from './diff';
import type { Content } from './standard-diff';
import { type InForce, StandardTabs } from './standard-tabs';
import { useStandardText } from './text';

/** A server refusal as the editor shows it. */
export interface EditorFailure {
  errorCode?: string;
  message: string;
  issues?: readonly { path: string; message: string }[];
}
export type EditorOutcome = { ok: true } | { ok: false; failure: EditorFailure };

type ItemsError = FieldError & Partial<Record<number, FieldError | undefined>>;

/** One component's items; memoised so typing in one component does not redraw the other 13. */
const ComponentField = memo(function ComponentField({
  control,
  componentKey,
  no,
  label,
  published,
  changed,
  jangkaWaktu,
}: {
  control: Control<ServiceStandardContentInput>;
  componentKey: ServiceStandardComponentKey;
  no: number;
  label: string;
  published: boolean;
  changed: boolean;
  jangkaWaktu: readonly string[];
}) {
  const t = useStandardText();
  const name = `components.${componentKey}` as Path<ServiceStandardContentInput>;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const items = (field.value as string[] | undefined) ?? [];
        const error = fieldState.error as ItemsError | undefined;
        const listError = error?.message ?? error?.root?.message;
        const set = (next: string[]) => field.onChange(next);
        return (
          <Fieldset
            data-testid={`component-${componentKey}`}
            data-changed={changed || undefined}
            style={changed ? { borderColor: 'var(--mantine-color-orange-7)' } : undefined}
            legend={
              <Group gap="xs">
                <Text fw={600} component="span">
                  {no}. {label}
                </Text>
                <Badge variant="outline" color={published ? 'blue.9' : 'gray.9'} size="sm">
                  {published ? t('publicBadge') : t('internalBadge')}
                </Badge>
                {changed ? (
                  <Badge variant="filled" color="yellow.3" autoContrast size="sm">
                    {t('changedBadge')}
                  </Badge>
                ) : null}
              </Group>
            }
          >
            <Stack gap="xs">
              {componentKey === 'jangka_waktu' ? (
                <Text size="sm" c="dimmed">
                  {t('jangkaWaktuNote', { lines: jangkaWaktu.join(' ') })}
                </Text>
              ) : null}
              {items.map((item, i) => (
                <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
                  <Textarea
                    flex={1}
                    autosize
                    minRows={1}
                    maxRows={8}
                    aria-label={t('item', { label, n: i + 1 })}
                    value={item}
                    error={error?.[i]?.message}
                    onBlur={field.onBlur}
                    onChange={(e) => {
                      const next = [...items];
                      next[i] = e.currentTarget.value;
                      set(next);
                    }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    mt={6}
                    aria-label={t('removeItem', { n: i + 1, label })}
                    onClick={() => set(items.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              {listError ? (
                <Text c="red.8" size="sm" role="alert">
                  {listError}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  aria-label={t('addItemTo', { label })}
                  onClick={() => set([...items, ''])}
                >
                  {t('addItem')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      }}
    />
  );
});

const FORM_FIELDS = ['maklumat', 'complaintResponseDays'] as const;

/** Puts each server issue beside its field; returns the words for everything else. */
function placeIssues(
  failure: EditorFailure,
  setError: (name: Path<ServiceStandardContentInput>, error: { message: string }) => void,
): string {
  const rest: string[] = [];
  for (const issue of failure.issues ?? []) {
    const path = issue.path.replace(/^input\./, '');
    const known =
      (FORM_FIELDS as readonly string[]).includes(path) ||
      SERVICE_STANDARD_COMPONENTS.some(
        (c) => path === `components.${c.key}` || path.startsWith(`components.${c.key}.`),
      );
    if (known)
      setError(path as Path<ServiceStandardContentInput>, {
        message: issue.message,
      });
    else rest.push(issue.message);
  }
  return [failure.message, ...rest].filter(Boolean).join(' ');
}

export interface StandardEditorProps {
  versionNo: number;
  initial: ServiceStandardContentInput;
  inForce: InForce;
  jangkaWaktu: readonly string[];
  onSave: (values: ServiceStandardContentInput) => Promise<EditorOutcome>;
  /** Saves, then sends the draft to the head of office. */
  onSubmitForReview: (values: ServiceStandardContentInput) => Promise<EditorOutcome>;
  onReload: () => void;
}

/** A draft of the Standar Pelayanan: the 14 components, the Maklumat and the complaint answer time. */
export function StandardEditor({
  versionNo,
  initial,
  inForce,
  jangkaWaktu,
  onSave,
  onSubmitForReview,
  onReload,
}: StandardEditorProps) {
  const t = useStandardText();
  const { lang, pick } = useI18n();
  const form = useForm<ServiceStandardContentInput>({
    resolver: zodResolver(serviceStandardContentSchema, { error: localizedError(lang) }),
    defaultValues: initial,
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string; stale?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref, not state: a double click reaches the handler before React re-renders.
  const inFlight = useRef(false);
  const values = useWatch({ control: form.control }) as ServiceStandardContentInput;
  const current: Content = {
    components: values.components ?? {},
    maklumat: values.maklumat ?? '',
    complaintResponseDays: Number(values.complaintResponseDays),
  };
  const changed = inForce ? changedKeys(inForce.components, current.components) : new Set();

  const run = (action: typeof onSave, done?: string) =>
    form.handleSubmit(
      async (input) => {
        if (inFlight.current) return;
        inFlight.current = true;
        setBusy(true);
        setStatus(null);
        try {
          const outcome = await action(input);
          if (outcome.ok) {
            form.reset(input);
            setStatus(done ? { ok: true, text: done } : null);
          } else if (outcome.failure.errorCode === 'CONFLICT_STALE_VERSION') {
            setStatus({ ok: false, text: t('stale'), stale: true });
          } else {
            setStatus({ ok: false, text: placeIssues(outcome.failure, form.setError) });
          }
        } finally {
          inFlight.current = false;
          setBusy(false);
        }
      },
      () => setStatus({ ok: false, text: t('invalidForm') }),
    );

  const { errors } = form.formState;
  const published = SERVICE_STANDARD_COMPONENTS.map((c, i) => ({ ...c, no: i + 1 }));
  const field = (c: (typeof published)[number]) => (
    <ComponentField
      key={c.key}
      control={form.control}
      componentKey={c.key}
      no={c.no}
      label={pick(c.name)}
      published={c.published}
      changed={changed.has(c.key)}
      jangkaWaktu={jangkaWaktu}
    />
  );

  const content = (
    <Stack>
      <Title order={2} size="h4">
        {t('published6')}
      </Title>
      {published.filter((c) => c.published).map(field)}
      <Title order={2} size="h4">
        {t('internal8')}
      </Title>
      {published.filter((c) => !c.published).map(field)}
      <Textarea
        label={t('maklumat')}
        description={t('maklumatHint')}
        required
        autosize
        minRows={3}
        maxRows={10}
        error={errors.maklumat?.message}
        {...form.register('maklumat')}
      />
      <Controller
        control={form.control}
        name="complaintResponseDays"
        render={({ field: f, fieldState }) => (
          <NumberInput
            label={t('responseDays')}
            description={t('responseDaysHint')}
            required
            min={1}
            max={60}
            allowDecimal={false}
            w={260}
            value={f.value}
            onChange={(v) => f.onChange(typeof v === 'number' ? v : Number.NaN)}
            onBlur={f.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
    </Stack>
  );

  return (
    <form
      noValidate
      onSubmit={run(onSave, t('saved'))}
      aria-label={t('versionTitle', { no: versionNo })}
    >
      <Stack>
        <StandardTabs
          versionNo={versionNo}
          inForce={inForce}
          jangkaWaktu={jangkaWaktu}
          current={current}
          content={content}
        />
        {status ? (
          <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
            <Group justify="space-between">
              <span>{status.text}</span>
              {status.stale ? (
                <Button size="xs" variant="default" onClick={onReload}>
                  {t('common.reload')}
                </Button>
              ) : null}
            </Group>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={busy} disabled={busy}>
            {t('save')}
          </Button>
          <Button
            variant="filled"
            color="teal.9"
            loading={busy}
            disabled={busy}
            onClick={run(onSubmitForReview)}
          >
            {t('submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
