import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, type HolidayInput, holidaySchema } from '@blk/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { applyFailure, MutationFailureFragment } from '../admin-common/failure';
import { useAdminText } from '../admin-common/text';

const HolidaysQuery = graphql(`
  query Admin_Holidays($year: Int!) {
    holidays(year: $year) {
      date
      name
      kind
      basis
      isDayOff
    }
  }
`);

const AddHolidayMutation = graphql(
  `
  mutation Admin_AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      __typename
      ... on Holiday {
        date
        name
        kind
        basis
        isDayOff
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const UpdateHolidayMutation = graphql(
  `
  mutation Admin_UpdateHoliday($input: HolidayInput!) {
    updateHoliday(input: $input) {
      __typename
      ... on Holiday {
        date
        name
        kind
        basis
        isDayOff
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

const RemoveHolidayMutation = graphql(
  `
  mutation Admin_RemoveHoliday($date: Date!) {
    removeHoliday(date: $date) {
      __typename
      ... on Holiday {
        date
        name
        kind
        basis
        isDayOff
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

interface HolidayRow {
  date: string;
  name: string;
  kind: HolidayInput['kind'];
  basis: string | null;
  isDayOff: boolean;
}

/** The shared holiday schema plus the office-closed switch (only a cuti bersama may be off). */
const formSchema = holidaySchema.extend({ isDayOff: z.boolean() });
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;
const FIELDS = ['date', 'name', 'kind', 'basis', 'isDayOff'] as const;

function HolidayForm({
  holiday,
  onDone,
  onCancel,
}: {
  holiday: HolidayRow | null;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { lang, msg, t: appText } = useI18n();
  const t = useAdminText();
  const [, add] = useMutation(AddHolidayMutation);
  const [, update] = useMutation(UpdateHolidayMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema, { error: localizedError(lang) }),
    defaultValues: holiday
      ? {
          date: holiday.date,
          name: holiday.name,
          kind: holiday.kind,
          basis: holiday.basis ?? '',
          isDayOff: holiday.isDayOff,
        }
      : { date: '', name: '', kind: 'libur_nasional', basis: '', isDayOff: true },
  });
  const kind = form.watch('kind');
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const input = {
      ...values,
      basis: values.basis ?? null,
      isDayOff: values.kind === 'cuti_bersama' ? values.isDayOff : true,
    };
    const outcome = holiday
      ? (await update({ input })).data?.updateHoliday
      : (await add({ input })).data?.addHoliday;
    if (outcome?.__typename === 'Holiday') return onDone(outcome.name);
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
          type="date"
          label={t('holidays.date')}
          required
          readOnly={holiday !== null}
          data-autofocus
          {...form.register('date')}
          error={err(errors.date?.message)}
        />
        <TextInput
          label={t('holidays.name')}
          required
          {...form.register('name')}
          error={err(errors.name?.message)}
        />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('holidays.kind')}
              required
              allowDeselect={false}
              data={HOLIDAY_KINDS.map((k) => ({ value: k, label: HOLIDAY_KIND_LABELS[k][lang] }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? field.value)}
              error={err(errors.kind?.message)}
            />
          )}
        />
        <TextInput
          label={t('holidays.basis')}
          placeholder="SKB 3 Menteri"
          {...form.register('basis')}
          error={err(errors.basis?.message)}
        />
        {kind === 'cuti_bersama' ? (
          <Controller
            control={form.control}
            name="isDayOff"
            render={({ field }) => (
              <Switch
                label={t('holidays.isDayOff')}
                description={t('holidays.isDayOffHint')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                error={err(errors.isDayOff?.message)}
              />
            )}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Dialog =
  | { kind: 'form'; holiday: HolidayRow | null }
  | { kind: 'remove'; holiday: HolidayRow };

export default function HolidaysPage() {
  const { lang, t: appText } = useI18n();
  const t = useAdminText();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [result, refetch] = useQuery({ query: HolidaysQuery, variables: { year } });
  const [, update] = useMutation(UpdateHolidayMutation);
  const [removeState, remove] = useMutation(RemoveHolidayMutation);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busyDate, setBusyDate] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const years = [year - 1, year, year + 1, year + 2];

  async function toggleDayOff(h: HolidayRow, isDayOff: boolean) {
    setBusyDate(h.date);
    const input = { date: h.date, name: h.name, kind: h.kind, basis: h.basis, isDayOff };
    const outcome = (await update({ input })).data?.updateHoliday;
    setBusyDate(null);
    if (outcome?.__typename === 'Holiday') {
      setStatus({ ok: true, text: t('holidays.saved', { name: h.name }) });
      reload();
    } else setStatus({ ok: false, text: outcome?.message ?? appText('error.network') });
  }

  async function confirmRemove(h: HolidayRow) {
    const outcome = (await remove({ date: h.date })).data?.removeHoliday;
    setDialog(null);
    if (outcome?.__typename === 'Holiday') {
      setStatus({ ok: true, text: t('holidays.removed', { name: h.name }) });
      reload();
    } else setStatus({ ok: false, text: outcome?.message ?? appText('error.network') });
  }

  const holidays = (result.data?.holidays ?? []) as HolidayRow[];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('holidays.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('holidays.hint')}
          </Text>
        </Stack>
        <Button onClick={() => setDialog({ kind: 'form', holiday: null })}>
          {t('holidays.add')}
        </Button>
      </Group>
      {status ? (
        <Alert
          color={status.ok ? 'green' : 'red'}
          role={status.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setStatus(null)}
        >
          {status.text}
        </Alert>
      ) : null}
      <Select
        label={t('holidays.year')}
        w={140}
        allowDeselect={false}
        data={years.map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
      />
      {result.error ? (
        <Alert color="red" role="alert">
          {result.error.message}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-label={`${t('holidays.title')} ${year}`} aria-busy={result.fetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('holidays.date')}</Table.Th>
              <Table.Th>{t('holidays.name')}</Table.Th>
              <Table.Th>{t('holidays.kind')}</Table.Th>
              <Table.Th>{t('holidays.basis')}</Table.Th>
              <Table.Th>{t('holidays.isDayOff')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holidays.length === 0 && !result.fetching ? (
              <Table.Tr>
                <Table.Td colSpan={6}>{t('common.empty')}</Table.Td>
              </Table.Tr>
            ) : null}
            {holidays.map((h) => (
              <Table.Tr key={h.date}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(h.date, lang)}</Table.Td>
                <Table.Td>{h.name}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="dot"
                    tt="none"
                    color={h.kind === 'cuti_bersama' ? 'grape.9' : 'blue.8'}
                  >
                    {HOLIDAY_KIND_LABELS[h.kind][lang]}
                  </Badge>
                </Table.Td>
                <Table.Td>{h.basis ?? '—'}</Table.Td>
                <Table.Td>
                  {h.kind === 'cuti_bersama' ? (
                    <Switch
                      aria-label={t('holidays.toggleDayOff', { name: h.name })}
                      checked={h.isDayOff}
                      disabled={busyDate === h.date}
                      onChange={(e) => toggleDayOff(h, e.currentTarget.checked)}
                    />
                  ) : (
                    t('common.yes')
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`${t('common.edit')} ${h.name}`}
                      onClick={() => setDialog({ kind: 'form', holiday: h })}
                    >
                      {t('common.edit')}
                    </Button>
                    <ActionIcon
                      variant="outline"
                      color="red.9"
                      size="md"
                      aria-label={`${t('common.remove')} ${h.name}`}
                      onClick={() => setDialog({ kind: 'remove', holiday: h })}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          dialog?.kind === 'remove'
            ? t('holidays.removeTitle', { name: dialog.holiday.name })
            : dialog?.holiday
              ? t('holidays.editTitle', { name: dialog.holiday.name })
              : t('holidays.add')
        }
      >
        {dialog?.kind === 'form' ? (
          <HolidayForm
            holiday={dialog.holiday}
            onCancel={() => setDialog(null)}
            onDone={(name) => {
              setDialog(null);
              setStatus({ ok: true, text: t('holidays.saved', { name }) });
              reload();
            }}
          />
        ) : null}
        {dialog?.kind === 'remove' ? (
          <Stack>
            <Text size="sm">{t('holidays.removeHint')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={removeState.fetching}
                disabled={removeState.fetching}
                onClick={() => confirmRemove(dialog.holiday)}
              >
                {t('common.remove')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
