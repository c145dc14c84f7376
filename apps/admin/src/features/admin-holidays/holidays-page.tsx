import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, holidaySchema } from '@blk/domain';
import { ActionIcon, Button, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { formatDate } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import type { FormExits } from '../admin-common/form-scaffold';
import { FormScaffold, SelectField, useScaffoldForm } from '../admin-common/form-scaffold';
import { ListTable, RowActions, RowButton } from '../admin-common/list-table';
import { PageHeader } from '../admin-common/page-header';
import { StateBadge } from '../admin-common/state-badge';
import {
  ErrorAlert,
  type Status,
  StatusAlert,
  useOutcomeStatus,
} from '../admin-common/status-alert';
import { useAdminText } from '../admin-common/text';

/** What the screen shows of a holiday, asked for by the list and by every change. */
const HolidayFields = graphql(`
  fragment HolidayFields on Holiday @_unmask {
    date
    name
    kind
    basis
    isDayOff
  }
`);

const HolidaysQuery = graphql(
  `
  query Admin_Holidays($year: Int!) {
    holidays(year: $year) {
      ...HolidayFields
    }
  }
`,
  [HolidayFields],
);

const AddHolidayMutation = graphql(
  `
  mutation Admin_AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      __typename
      ...HolidayFields
      ...MutationFailure
    }
  }
`,
  [HolidayFields, MutationFailureFragment],
);

const UpdateHolidayMutation = graphql(
  `
  mutation Admin_UpdateHoliday($input: HolidayInput!) {
    updateHoliday(input: $input) {
      __typename
      ...HolidayFields
      ...MutationFailure
    }
  }
`,
  [HolidayFields, MutationFailureFragment],
);

const RemoveHolidayMutation = graphql(
  `
  mutation Admin_RemoveHoliday($date: Date!) {
    removeHoliday(date: $date) {
      __typename
      ...HolidayFields
      ...MutationFailure
    }
  }
`,
  [HolidayFields, MutationFailureFragment],
);

type HolidayRow = ResultOf<typeof HolidayFields>;

/** The shared holiday schema plus the office-closed switch (only a cuti bersama may be off). */
const formSchema = holidaySchema.extend({ isDayOff: z.boolean() });

function HolidayForm({
  holiday,
  onDone,
  onCancel,
}: {
  holiday: HolidayRow | null;
} & FormExits<[name: string]>) {
  const { lang } = useI18n();
  const t = useAdminText();
  const [, add] = useMutation(AddHolidayMutation);
  const [, update] = useMutation(UpdateHolidayMutation);
  const scaffold = useScaffoldForm({
    schema: formSchema,
    defaultValues: holiday
      ? { ...holiday, basis: holiday.basis ?? '' }
      : { date: '', name: '', kind: 'libur_nasional', basis: '', isDayOff: true },
    fields: ['date', 'name', 'kind', 'basis', 'isDayOff'],
    send: async (values, refuse) => {
      const input = {
        ...values,
        basis: values.basis ?? null,
        isDayOff: values.kind === 'cuti_bersama' ? values.isDayOff : true,
      };
      const outcome = holiday
        ? (await update({ input })).data?.updateHoliday
        : (await add({ input })).data?.addHoliday;
      if (outcome?.__typename === 'Holiday') return onDone(outcome.name);
      return refuse(outcome);
    },
  });
  const { form, bind, err } = scaffold;
  const kind = form.watch('kind');
  return (
    <FormScaffold scaffold={scaffold} submitLabel={t('common.save')} onCancel={onCancel}>
      <TextInput
        type="date"
        label={t('holidays.date')}
        required
        readOnly={holiday !== null}
        data-autofocus
        {...bind('date')}
      />
      <TextInput label={t('holidays.name')} required {...bind('name')} />
      <SelectField
        scaffold={scaffold}
        name="kind"
        label={t('holidays.kind')}
        required
        allowDeselect={false}
        data={HOLIDAY_KINDS.map((k) => ({ value: k, label: HOLIDAY_KIND_LABELS[k][lang] }))}
      />
      <TextInput label={t('holidays.basis')} placeholder="SKB 3 Menteri" {...bind('basis')} />
      {kind === 'cuti_bersama' ? (
        <Controller
          control={form.control}
          name="isDayOff"
          render={({ field, fieldState }) => (
            <Switch
              label={t('holidays.isDayOff')}
              description={t('holidays.isDayOffHint')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              error={err(fieldState.error?.message)}
            />
          )}
        />
      ) : null}
    </FormScaffold>
  );
}

type Dialog =
  | { kind: 'form'; holiday: HolidayRow | null }
  | { kind: 'remove'; holiday: HolidayRow };

export default function HolidaysPage() {
  const { lang } = useI18n();
  const t = useAdminText();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [result, refetch] = useQuery({ query: HolidaysQuery, variables: { year } });
  const [, update] = useMutation(UpdateHolidayMutation);
  const [removeState, remove] = useMutation(RemoveHolidayMutation);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busyDate, setBusyDate] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const outcomeStatus = useOutcomeStatus();
  const report = (done: NonNullable<Status>) => {
    setStatus(done);
    if (done.ok) reload();
  };
  const years = [year - 1, year, year + 1, year + 2];

  async function toggleDayOff(h: HolidayRow, isDayOff: boolean) {
    setBusyDate(h.date);
    const input = { date: h.date, name: h.name, kind: h.kind, basis: h.basis, isDayOff };
    const outcome = (await update({ input })).data?.updateHoliday;
    setBusyDate(null);
    report(outcomeStatus(outcome, 'Holiday', t('holidays.saved', { name: h.name })));
  }

  async function confirmRemove(h: HolidayRow) {
    const outcome = (await remove({ date: h.date })).data?.removeHoliday;
    setDialog(null);
    report(outcomeStatus(outcome, 'Holiday', t('holidays.removed', { name: h.name })));
  }

  const holidays = result.data?.holidays ?? [];
  return (
    <Stack>
      <PageHeader title={t('holidays.title')} hint={t('holidays.hint')}>
        <Button onClick={() => setDialog({ kind: 'form', holiday: null })}>
          {t('holidays.add')}
        </Button>
      </PageHeader>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
      <Select
        label={t('holidays.year')}
        w={140}
        allowDeselect={false}
        data={years.map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
      />
      <ErrorAlert message={result.error?.message} />
      <ListTable
        minWidth={860}
        aria-label={`${t('holidays.title')} ${year}`}
        busy={result.fetching}
        rows={holidays}
        rowKey={(h) => h.date}
        empty={t('common.empty')}
        columns={[
          { head: t('holidays.date'), nowrap: true, cell: (h) => formatDate(h.date, lang) },
          { head: t('holidays.name'), cell: (h) => h.name },
          {
            head: t('holidays.kind'),
            cell: (h) => (
              <StateBadge color={h.kind === 'cuti_bersama' ? 'grape.9' : 'blue.8'}>
                {HOLIDAY_KIND_LABELS[h.kind][lang]}
              </StateBadge>
            ),
          },
          { head: t('holidays.basis'), cell: (h) => h.basis ?? '—' },
          {
            head: t('holidays.isDayOff'),
            cell: (h) =>
              h.kind === 'cuti_bersama' ? (
                <Switch
                  aria-label={t('holidays.toggleDayOff', { name: h.name })}
                  checked={h.isDayOff}
                  disabled={busyDate === h.date}
                  onChange={(e) => toggleDayOff(h, e.currentTarget.checked)}
                />
              ) : (
                t('common.yes')
              ),
          },
          {
            head: t('common.actions'),
            cell: (h) => (
              <RowActions>
                <RowButton
                  label={t('common.edit')}
                  name={h.name}
                  onClick={() => setDialog({ kind: 'form', holiday: h })}
                />
                <ActionIcon
                  variant="outline"
                  color="red.9"
                  size="md"
                  aria-label={`${t('common.remove')} ${h.name}`}
                  onClick={() => setDialog({ kind: 'remove', holiday: h })}
                >
                  ×
                </ActionIcon>
              </RowActions>
            ),
          },
        ]}
      />
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
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
          <ConfirmPanel
            hint={t('holidays.removeHint')}
            confirmLabel={t('common.remove')}
            busy={removeState.fetching}
            onCancel={() => setDialog(null)}
            onConfirm={() => confirmRemove(dialog.holiday)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
