import {
  diffSopVersions,
  formatTimeStandard,
  localize,
  roleLabel,
  type SopDefinition,
  type SopIdentity,
  type SopStep,
  type StepField,
  stepTitle,
  stepTitleOf,
} from '@blk/sop';
import { List, Stack, Text } from '@mantine/core';
import { useI18n } from '../../lib/i18n';
import { type SopEditorT, type SopEditorTextKey, useSopEditorText } from './text';

type Lang = 'id' | 'en';

function identityValue(identity: SopIdentity, key: keyof SopIdentity): string {
  const v = identity[key];
  if (v === undefined) return '—';
  if (Array.isArray(v)) return v.length ? v.join('; ') : '—';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return [v.position, v.name].filter(Boolean).join(', ');
  return v || '—';
}

/** One field of a step as the diff shows it, in words. */
export function stepFieldValue(
  step: SopStep,
  field: StepField,
  ctx: {
    lang: Lang;
    t: SopEditorT;
    roleLabels: Readonly<Record<string, string>>;
    def: SopDefinition;
  },
): string {
  const { lang, t } = ctx;
  switch (field) {
    case 'kind':
      return t(`kind_${step.kind}` as SopEditorTextKey);
    case 'name':
      return step.name ? localize(step.name, lang) : '—';
    case 'description':
      return localize(step.description, lang);
    case 'role':
      return roleLabel(step.role, ctx.roleLabels);
    case 'documents':
      return step.documents?.join('; ') || '—';
    case 'requiredInputs':
      return step.requiredInputs.map((i) => localize(i.label, lang)).join('; ') || '—';
    case 'inputRules':
      return String(step.inputRules?.length ?? 0);
    case 'timeStandard':
      return Number.isFinite(
        step.timeStandard && 'value' in step.timeStandard ? step.timeStandard.value : 0,
      )
        ? formatTimeStandard(step.timeStandard, lang)
        : '—';
    case 'output':
      return step.output || '—';
    case 'keterangan':
      return step.keterangan?.trim() || '—';
    case 'decision':
      return step.decision ? localize(step.decision.question, lang) : '—';
    case 'actions':
      return (
        step.actions
          .map((a) => {
            return `${localize(a.label, lang)} → ${stepTitleOf(ctx.def, a.to, lang)}`;
          })
          .join('; ') || '—'
      );
  }
}

/** A step as the comparison names it: its title and key, or the key alone when it is gone. */
function stepLabel(step: SopStep | undefined, key: string, lang: Lang): string {
  return step ? `${stepTitle(step, lang)} (${key})` : key;
}

/**
 * What the draft changes from the version in force: identity fields and steps added, removed or
 * changed, with old → new values (steps matched by key, as `diffSopVersions` does).
 */
export function SopDiffView({
  base,
  baseNo,
  next,
  roleLabels,
}: {
  base: SopDefinition | null;
  baseNo: number | null;
  next: SopDefinition;
  roleLabels: Readonly<Record<string, string>>;
}) {
  const { lang } = useI18n();
  const t = useSopEditorText();
  if (!base) return <Text size="sm">{t('diffNoBase')}</Text>;
  const diff = diffSopVersions(base, next);
  const orderChanged =
    diff.stepsAdded.length === 0 &&
    diff.stepsRemoved.length === 0 &&
    base.steps.map((s) => s.key).join() !== next.steps.map((s) => s.key).join();
  const intro = baseNo !== null ? <Text size="sm">{t('diffAgainst', { no: baseNo })}</Text> : null;
  if (diff.identical && !orderChanged) {
    return (
      <Stack gap="xs">
        {intro}
        <Text size="sm">{t('diffNone')}</Text>
      </Stack>
    );
  }
  const find = (def: SopDefinition, key: string) => def.steps.find((s) => s.key === key);
  return (
    <Stack gap="xs">
      {intro}
      <List size="sm" spacing="xs" aria-label={t('diff')}>
        {diff.identityChanged.map((key) => (
          <List.Item key={`identity-${key}`}>
            {t('diffIdentity', { field: t(key as SopEditorTextKey) })}:{' '}
            <del>{identityValue(base.identity, key)}</del> →{' '}
            <ins>{identityValue(next.identity, key)}</ins>
          </List.Item>
        ))}
        {diff.stepsAdded.map((key) => (
          <List.Item key={`added-${key}`}>
            {t('diffAdded', { step: stepLabel(find(next, key), key, lang) })}
          </List.Item>
        ))}
        {diff.stepsRemoved.map((key) => (
          <List.Item key={`removed-${key}`}>
            {t('diffRemoved', { step: stepLabel(find(base, key), key, lang) })}
          </List.Item>
        ))}
        {diff.stepsChanged.map((change) => {
          const before = find(base, change.key);
          const after = find(next, change.key);
          if (!before || !after) return null;
          return (
            <List.Item key={`changed-${change.key}`}>
              {t('diffChanged', { step: stepLabel(after, change.key, lang) })}
              <List size="sm" withPadding>
                {change.fields.map((field) => (
                  <List.Item key={field}>
                    {t(`field_${field}` as SopEditorTextKey)}:{' '}
                    <del>{stepFieldValue(before, field, { lang, t, roleLabels, def: base })}</del> →{' '}
                    <ins>{stepFieldValue(after, field, { lang, t, roleLabels, def: next })}</ins>
                  </List.Item>
                ))}
              </List>
            </List.Item>
          );
        })}
        {orderChanged ? <List.Item>{t('diffOrder')}</List.Item> : null}
        {diff.globalActionsAdded.length +
          diff.globalActionsRemoved.length +
          diff.globalActionsChanged.length >
        0 ? (
          <List.Item>{t('diffGlobal')}</List.Item>
        ) : null}
        {diff.scheduleChanged ? <List.Item>{t('diffSchedule')}</List.Item> : null}
      </List>
    </Stack>
  );
}
