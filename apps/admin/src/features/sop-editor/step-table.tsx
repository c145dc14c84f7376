import {
  localize,
  type SopDefinition,
  type SopStep,
  STEP_KINDS,
  type TimeStandard,
} from '@blk/sop';
import {
  ActionIcon,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { memo, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import {
  addStep,
  type EditorProblem,
  moveStep,
  newAction,
  removeStep,
  type StepColumn,
  stepColumnOf,
  updateStep,
} from './editor-model';
import { type SopEditorTextKey, useSopEditorText } from './text';

export interface RoleOption {
  value: string;
  label: string;
}

/** Looks up the message to show beside one field (dotted path) of the definition. */
export type ErrorAt = (path: string) => string | undefined;

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

function Leftover({ problems }: { problems: readonly EditorProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <List size="xs" c="red" mt={4}>
      {problems.map((p) => (
        <List.Item key={`${p.code}-${p.path}`}>{p.message}</List.Item>
      ))}
    </List>
  );
}

interface StepRowProps {
  step: SopStep;
  i: number;
  count: number;
  nextKey: string | undefined;
  stepOptions: readonly RoleOption[];
  roles: readonly RoleOption[];
  /** Problems the server reports on this row. */
  rowProblems: readonly EditorProblem[];
  /** Messages beside this row's fields, by dotted path. */
  errors: Readonly<Record<string, string>>;
  /** JSON of `rowProblems` and `errors`: a row re-renders only when its own messages change. */
  signature: string;
  onEdit: (change: (def: SopDefinition) => SopDefinition) => void;
}

/** One step row; memoised so typing in one row does not re-render the others. */
const StepRow = memo(
  function StepRow({
    step,
    i,
    count,
    nextKey,
    stepOptions,
    roles,
    rowProblems,
    errors,
    onEdit,
  }: StepRowProps) {
    const { lang } = useI18n();
    const t = useSopEditorText();
    const no = i + 1;
    const at = `steps.${i}`;
    const inColumn = (column: StepColumn, shown: readonly string[]) =>
      rowProblems.filter((p) => stepColumnOf(p, i) === column && !shown.includes(p.path));
    const set = (change: (s: SopStep) => SopStep) => onEdit((d) => updateStep(d, i, change));
    const ts = step.timeStandard;
    const atRow = inColumn('row', []);
    const errorAt = (path: string): string | undefined => errors[path];
    return (
      <Table.Tr
        data-step={step.key}
        aria-invalid={rowProblems.length > 0 || Object.keys(errors).length > 0 || undefined}
      >
        <Table.Td>
          <Text fw={600}>{no}</Text>
          <Leftover problems={atRow} />
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
        <Table.Td>
          <Stack gap={6}>
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
                  {step.kind === 'decision' || action.branch ? (
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
        </Table.Td>
        <Table.Td>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="default"
              aria-label={t('moveUp', { no })}
              disabled={i === 0}
              onClick={() => onEdit((d) => moveStep(d, i, -1))}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('moveDown', { no })}
              disabled={i === count - 1}
              onClick={() => onEdit((d) => moveStep(d, i, 1))}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="light"
              color="red"
              aria-label={t('removeStep', { no })}
              disabled={count === 1}
              onClick={() => onEdit((d) => removeStep(d, i))}
            >
              ✕
            </ActionIcon>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  },
  (a, b) =>
    a.step === b.step &&
    a.i === b.i &&
    a.count === b.count &&
    a.nextKey === b.nextKey &&
    a.stepOptions === b.stepOptions &&
    a.roles === b.roles &&
    a.onEdit === b.onEdit &&
    a.signature === b.signature,
);

/** The dotted paths of a step's fields that carry a message beside them. */
function fieldPaths(step: SopStep, i: number): string[] {
  const at = `steps.${i}`;
  return [
    ...[
      'key',
      'kind',
      'name.id',
      'description.id',
      'role',
      'documents',
      'timeStandard.value',
      'output',
      'keterangan',
    ].map((f) => `${at}.${f}`),
    ...step.actions.flatMap((_, j) =>
      ['label.id', 'to', 'branch'].map((f) => `${at}.actions.${j}.${f}`),
    ),
  ];
}

/**
 * The steps of a draft as an editable table: one row per step with its key, kind, names,
 * pelaksana, kelengkapan, time standard, output and next steps; rows are added, removed and
 * reordered with buttons. Problems sit beside the field they name, or at the foot of its cell.
 */
export function StepTable({
  definition,
  onEdit,
  problems,
  errorAt,
  roles,
}: {
  definition: SopDefinition;
  /** Applies a change to the latest definition (stable, so rows can be memoised). */
  onEdit: (change: (def: SopDefinition) => SopDefinition) => void;
  problems: readonly EditorProblem[];
  errorAt: ErrorAt;
  roles: readonly RoleOption[];
}) {
  const { lang } = useI18n();
  const t = useSopEditorText();
  const steps = definition.steps;
  // Rebuilt only when a key or a name changes, so the rows' memo holds while typing elsewhere.
  const optionsKey = JSON.stringify(
    steps.map((s) => [s.key, localize(s.name ?? s.description, lang)]),
  );
  const stepOptions = useMemo(
    () =>
      (JSON.parse(optionsKey) as [string, string][]).map(([key, name], i) => ({
        value: key,
        label: `${i + 1}. ${name || key}`,
      })),
    [optionsKey],
  );

  return (
    <Stack gap="sm">
      <Text size="sm">{t('stepsHint')}</Text>
      <Table.ScrollContainer minWidth={1400}>
        <Table
          withTableBorder
          verticalSpacing="xs"
          aria-labelledby="sop-steps-h"
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colNo')}</Table.Th>
              <Table.Th miw={240}>{t('colStep')}</Table.Th>
              <Table.Th miw={150}>{t('colRole')}</Table.Th>
              <Table.Th miw={200}>{t('colInputs')}</Table.Th>
              <Table.Th miw={170}>{t('colTime')}</Table.Th>
              <Table.Th miw={160}>{t('colOutput')}</Table.Th>
              <Table.Th miw={300}>{t('colNext')}</Table.Th>
              <Table.Th>{t('colMove')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step, i) => {
              const rowProblems = problems.filter((p) => stepColumnOf(p, i) !== null);
              const errors: Record<string, string> = {};
              for (const path of fieldPaths(step, i)) {
                const message = errorAt(path);
                if (message) errors[path] = message;
              }
              return (
                <StepRow
                  key={`${i}-${step.key}`}
                  step={step}
                  i={i}
                  count={steps.length}
                  nextKey={steps[i + 1]?.key}
                  stepOptions={stepOptions}
                  roles={roles}
                  rowProblems={rowProblems}
                  errors={errors}
                  signature={JSON.stringify([rowProblems, errors])}
                  onEdit={onEdit}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="light" onClick={() => onEdit((d) => addStep(d, t('newStepName')))}>
          {t('addStep')}
        </Button>
      </Group>
    </Stack>
  );
}
