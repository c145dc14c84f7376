import type { SopDefinition, SopIdentity } from '@blk/sop';
import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IDENTITY_LISTS } from './editor-model';
import type { ErrorAt } from './step-table';
import { useSopEditorText } from './text';

/**
 * The identity block of a draft (PermenPAN-RB 35/2012): number, name, unit, dates and the lists
 * (legal basis, qualifications, related SOPs, equipment, warnings, records), one item per line.
 * Approval and effective date are set by the lifecycle, so they are shown, not edited.
 */
export function IdentityForm({
  definition,
  onChange,
  errorAt,
}: {
  definition: SopDefinition;
  onChange: (next: SopDefinition) => void;
  errorAt: ErrorAt;
}) {
  const t = useSopEditorText();
  const identity = definition.identity;
  const set = (change: Partial<SopIdentity>) =>
    onChange({ ...definition, identity: { ...identity, ...change } });
  const text = (key: 'number' | 'name' | 'unit', required: boolean) => (
    <TextInput
      label={t(key)}
      required={required}
      value={identity[key] ?? ''}
      error={errorAt(`identity.${key}`)}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  const date = (key: 'createdOn' | 'revisedOn', required: boolean) => (
    <TextInput
      type="date"
      label={t(key)}
      required={required}
      value={identity[key] ?? ''}
      error={errorAt(`identity.${key}`)}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {text('number', true)}
        {text('name', true)}
        {text('unit', false)}
        <SimpleGrid cols={2}>
          {date('createdOn', true)}
          {date('revisedOn', false)}
        </SimpleGrid>
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t('effectiveOn')}: {identity.effectiveOn ?? '—'} · {t('approvedBy')}:{' '}
        {identity.approvedBy ? `${identity.approvedBy.position}, ${identity.approvedBy.name}` : '—'}{' '}
        — {t('setOnApproval')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {IDENTITY_LISTS.map((key) => (
          <Textarea
            key={key}
            label={t(key)}
            description={t('onePerLine')}
            autosize
            minRows={2}
            maxRows={8}
            value={identity[key].join('\n')}
            error={errorAt(`identity.${key}`)}
            onChange={(e) => set({ [key]: e.currentTarget.value.split('\n') })}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
