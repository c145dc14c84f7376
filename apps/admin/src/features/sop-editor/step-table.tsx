import { type SopDefinition, type SopStep, stepTitle } from '@blk/sop';
import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useI18n } from '../../lib/i18n';
import {
  addStep,
  type EditorProblem,
  moveStep,
  removeStep,
  type StepColumn,
  stepColumnOf,
  updateStep,
} from './editor-model';
import {
  ActionsCell,
  IdentityCell,
  InputsCell,
  Leftover,
  OutputCell,
  RoleCell,
  type StepCellProps,
  TimeCell,
} from './step-cells';
import { useSopEditorText } from './text';

export interface RoleOption {
  value: string;
  label: string;
}

/** Looks up the message to show beside one field (dotted path) of the definition. */
export type ErrorAt = (path: string) => string | undefined;

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
    const t = useSopEditorText();
    const no = i + 1;
    const at = `steps.${i}`;
    const inColumn = (column: StepColumn, shown: readonly string[]) =>
      rowProblems.filter((p) => stepColumnOf(p, i) === column && !shown.includes(p.path));
    const set = (change: (s: SopStep) => SopStep) => onEdit((d) => updateStep(d, i, change));
    const atRow = inColumn('row', []);
    const errorAt = (path: string): string | undefined => errors[path];
    const cell: StepCellProps = { step, no, at, set, errorAt, inColumn };
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
          <IdentityCell {...cell} />
        </Table.Td>
        <Table.Td>
          <RoleCell {...cell} roles={roles} />
        </Table.Td>
        <Table.Td>
          <InputsCell {...cell} />
        </Table.Td>
        <Table.Td>
          <TimeCell {...cell} />
        </Table.Td>
        <Table.Td>
          <OutputCell {...cell} />
        </Table.Td>
        <Table.Td>
          <ActionsCell {...cell} stepOptions={stepOptions} nextKey={nextKey} />
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
  const optionsKey = JSON.stringify(steps.map((s) => [s.key, stepTitle(s, lang)]));
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
