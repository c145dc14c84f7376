import { localize, type SopStep, STEP_KINDS, type TimeStandard } from '@blk/sop';
import {
  ActionIcon,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { type EditorProblem, newAction, type StepColumn } from './editor-model';
import type { ErrorAt, RoleOption } from './step-table';
import { type SopEditorTextKey, useSopEditorText } from './text';

/*
 * The cells of one row of the SOP editor's step table, a component per column group. Each works
 * on one step through `set` and shows its messages beside its fields, the rest at its foot.
 */

/** What every cell of one step row works with. */
export interface StepCellProps {
  step: SopStep;
  /** The step's number (1-based) and the dotted path of its fields (`steps.0`). */
  no: number;
  at: string;
  /** Changes this step in the definition. */
  set: (change: (s: SopStep) => SopStep) => void;
  errorAt: ErrorAt;
  /** This row's problems in one column, less those already shown beside a field. */
  inColumn: (column: StepColumn, shown: readonly string[]) => EditorProblem[];
}

/** A decimal field that keeps what the user typed ("1," or "") while the model holds a number. */
function NumberField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  const parse = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  const [text, setText] = useState(Number.isFinite(value) ? String(value) : '');
  useEffect(() => {
    setText((current) =>
      Object.is(parse(current), value) ? current : Number.isFinite(value) ? String(value) : '',
    );
  }, [value]);
  return (
    <TextInput
      label={label}
      inputMode="decimal"
      size="xs"
      w={72}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(parse(e.currentTarget.value));
      }}
    />
  );
}

/** The problems of one cell that no field shows beside it. */
export function Leftover({ problems }: { problems: readonly EditorProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <List size="xs" c="red" mt={4}>
      {problems.map((p) => (
        <List.Item key={`${p.code}-${p.path}`}>{p.message}</List.Item>
      ))}
    </List>
  );
}

/** The step itself: key, kind, name and description (Indonesian, then English). */
export function IdentityCell({ step, no, at, set, errorAt, inColumn }: StepCellProps) {
  const t = useSopEditorText();
  return (
    <Stack gap={4}>
      <TextInput
        size="xs"
        label={t('stepKey', { no })}
        value={step.key}
        error={errorAt(`${at}.key`)}
        onChange={(e) => {
          const key = e.currentTarget.value;
          set((s) => ({ ...s, key }));
        }}
      />
      <NativeSelect
        size="xs"
        label={t('stepKind', { no })}
        value={step.kind}
        error={errorAt(`${at}.kind`)}
        data={STEP_KINDS.map((k) => ({
          value: k,
          label: t(`kind_${k}` as SopEditorTextKey),
        }))}
        onChange={(e) => {
          const kind = e.currentTarget.value as SopStep['kind'];
          set((s) => ({ ...s, kind }));
        }}
      />
      <TextInput
        size="xs"
        label={t('stepName', { no })}
        value={step.name?.id ?? ''}
        error={errorAt(`${at}.name.id`)}
        onChange={(e) => {
          const id = e.currentTarget.value;
          set((s) => ({ ...s, name: { ...s.name, id } }));
        }}
      />
      <Textarea
        size="xs"
        autosize
        minRows={2}
        label={t('stepDescription', { no })}
        value={step.description.id}
        error={errorAt(`${at}.description.id`)}
        onChange={(e) => {
          const id = e.currentTarget.value;
          set((s) => ({ ...s, description: { ...s.description, id } }));
        }}
      />
      <Textarea
        size="xs"
        autosize
        minRows={1}
        label={t('stepDescriptionEn', { no })}
        value={step.description.en ?? ''}
        onChange={(e) => {
          const en = e.currentTarget.value;
          set((s) => ({ ...s, description: { ...s.description, en } }));
        }}
      />
      <Leftover
        problems={[
          ...inColumn('key', [`${at}.key`]),
          ...inColumn('kind', [`${at}.kind`]),
          ...inColumn('description', [`${at}.name.id`, `${at}.description.id`]),
        ]}
      />
    </Stack>
  );
}

/** Who carries the step out (pelaksana); a role no longer offered stays selectable. */
export function RoleCell({
  step,
  no,
  at,
  set,
  errorAt,
  roles,
}: StepCellProps & { roles: readonly RoleOption[] }) {
  const t = useSopEditorText();
  return (
    <NativeSelect
      size="xs"
      label={t('stepRole', { no })}
      value={step.role}
      error={errorAt(`${at}.role`)}
      data={
        roles.some((r) => r.value === step.role)
          ? roles
          : [{ value: step.role, label: step.role }, ...roles]
      }
      onChange={(e) => {
        const role = e.currentTarget.value;
        set((s) => ({ ...s, role }));
      }}
    />
  );
}

/** Kelengkapan: the documents, one per line, and the inputs the step's actions ask for. */
export function InputsCell({ step, no, at, set, errorAt, inColumn }: StepCellProps) {
  const { lang } = useI18n();
  const t = useSopEditorText();
  return (
    <Stack gap={4}>
      <Textarea
        size="xs"
        autosize
        minRows={1}
        label={t('stepDocuments', { no })}
        description={t('onePerLine')}
        value={(step.documents ?? []).join('\n')}
        error={errorAt(`${at}.documents`)}
        onChange={(e) => {
          const documents = e.currentTarget.value.split('\n');
          set((s) => ({ ...s, documents }));
        }}
      />
      {step.requiredInputs.length > 0 ? (
        <List size="xs">
          {step.requiredInputs.map((input) => (
            <List.Item key={input.key}>
              {localize(input.label, lang)}
              {input.required ? '' : ` ${t('optional')}`}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Leftover problems={inColumn('inputs', [`${at}.documents`])} />
    </Stack>
  );
}

/** The time standard: a value in working days or hours, or "by the schedule". */
export function TimeCell({ step, no, at, set, errorAt, inColumn }: StepCellProps) {
  const t = useSopEditorText();
  const ts = step.timeStandard;
  return (
    <>
      <Group gap={4} align="flex-start" wrap="nowrap">
        {ts && ts.unit !== 'jadwal' ? (
          <NumberField
            label={t('stepTimeValue', { no })}
            value={ts.value}
            error={errorAt(`${at}.timeStandard.value`)}
            onChange={(value) =>
              set((s) => ({
                ...s,
                timeStandard: { unit: ts.unit, value } as TimeStandard,
              }))
            }
          />
        ) : null}
        <NativeSelect
          size="xs"
          label={t('stepTimeUnit', { no })}
          value={ts?.unit ?? ''}
          data={[
            ...(ts ? [] : [{ value: '', label: '—' }]),
            ...(['hari_kerja', 'jam_kerja', 'jadwal'] as const).map((u) => ({
              value: u,
              label: t(`unit_${u}`),
            })),
          ]}
          onChange={(e) => {
            const unit = e.currentTarget.value;
            set((s) => {
              const { timeStandard: old, ...rest } = s;
              if (unit === '') return rest;
              if (unit === 'jadwal') return { ...rest, timeStandard: { unit } };
              const value = old && old.unit !== 'jadwal' ? old.value : 1;
              return {
                ...rest,
                timeStandard: { unit: unit as 'hari_kerja' | 'jam_kerja', value },
              };
            });
          }}
        />
      </Group>
      <Leftover problems={inColumn('time', [`${at}.timeStandard.value`])} />
    </>
  );
}

/** The step's output and its note (keterangan). */
export function OutputCell({ step, no, at, set, errorAt, inColumn }: StepCellProps) {
  const t = useSopEditorText();
  return (
    <>
      <TextInput
        size="xs"
        label={t('stepOutput', { no })}
        value={step.output}
        error={errorAt(`${at}.output`)}
        onChange={(e) => {
          const output = e.currentTarget.value;
          set((s) => ({ ...s, output }));
        }}
      />
      <Textarea
        size="xs"
        mt={4}
        autosize
        minRows={1}
        maxRows={4}
        label={t('stepKeterangan', { no })}
        value={step.keterangan ?? ''}
        error={errorAt(`${at}.keterangan`)}
        onChange={(e) => {
          const keterangan = e.currentTarget.value;
          set((s) => {
            const { keterangan: _old, ...rest } = s;
            return keterangan === '' ? rest : { ...rest, keterangan };
          });
        }}
      />
      <Leftover problems={inColumn('output', [`${at}.output`, `${at}.keterangan`])} />
    </>
  );
}

/** The actions that lead on from the step (label, next step, decision branch), added and removed here. */
export function ActionsCell({
  step,
  no,
  at,
  set,
  errorAt,
  inColumn,
  stepOptions,
  nextKey,
}: StepCellProps & { stepOptions: readonly RoleOption[]; nextKey: string | undefined }) {
  const { lang } = useI18n();
  const t = useSopEditorText();
  return (
    <Stack gap={6}>
      {step.kind === 'start' || step.kind === 'process' ? (
        <TextInput
          size="xs"
          label={t('stepDecision', { no })}
          placeholder={t('stepDecisionHint')}
          value={step.decision?.question.id ?? ''}
          error={errorAt(`${at}.decision`)}
          onChange={(e) => {
            const question = e.currentTarget.value;
            set((s) => {
              const { decision: old, ...rest } = s;
              return question === ''
                ? rest
                : { ...rest, decision: { ...old, question: { ...old?.question, id: question } } };
            });
          }}
        />
      ) : null}
      {step.actions.map((action, j) => {
        const aAt = `${at}.actions.${j}`;
        const name = localize(action.label, lang) || action.key;
        const setAction = (change: Partial<typeof action>) =>
          set((s) => ({
            ...s,
            actions: s.actions.map((a, k) => (k === j ? { ...a, ...change } : a)),
          }));
        return (
          <Group key={`${j}-${action.key}`} gap={4} align="flex-end" wrap="nowrap">
            <TextInput
              size="xs"
              label={t('actionLabel', { no, action: j + 1 })}
              value={action.label.id}
              error={errorAt(`${aAt}.label.id`)}
              onChange={(e) =>
                setAction({
                  label: { ...action.label, id: e.currentTarget.value },
                })
              }
            />
            <NativeSelect
              size="xs"
              label={t('actionTo', { no, action: j + 1 })}
              value={action.to}
              error={errorAt(`${aAt}.to`)}
              data={
                stepOptions.some((o) => o.value === action.to)
                  ? stepOptions
                  : [{ value: action.to, label: action.to }, ...stepOptions]
              }
              onChange={(e) => setAction({ to: e.currentTarget.value })}
            />
            {step.kind === 'decision' || step.decision || action.branch ? (
              <NativeSelect
                size="xs"
                label={t('actionBranch', { no, action: j + 1 })}
                value={action.branch ?? ''}
                error={errorAt(`${aAt}.branch`)}
                data={(['', 'yes', 'no'] as const).map((b) => ({
                  value: b,
                  label: t(b === '' ? 'branch_none' : `branch_${b}`),
                }))}
                onChange={(e) => {
                  const branch = e.currentTarget.value;
                  set((s) => ({
                    ...s,
                    actions: s.actions.map((a, k) => {
                      if (k !== j) return a;
                      const { branch: _old, ...rest } = a;
                      return branch === 'yes' || branch === 'no' ? { ...rest, branch } : rest;
                    }),
                  }));
                }}
              />
            ) : null}
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('removeAction', { no, action: name })}
              onClick={() =>
                set((s) => ({
                  ...s,
                  actions: s.actions.filter((_, k) => k !== j),
                }))
              }
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      {step.kind !== 'end' ? (
        <Button
          size="compact-xs"
          variant="light"
          aria-label={t('addActionTo', { no })}
          onClick={() =>
            set((s) => ({
              ...s,
              actions: [...s.actions, newAction(s, t('newActionLabel'), nextKey ?? s.key)],
            }))
          }
        >
          {t('addAction')}
        </Button>
      ) : null}
      <Leftover
        problems={inColumn(
          'next',
          step.actions.flatMap((_, j) => [
            `${at}.actions.${j}.label.id`,
            `${at}.actions.${j}.to`,
            `${at}.actions.${j}.branch`,
          ]),
        )}
      />
    </Stack>
  );
}
