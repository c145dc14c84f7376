import { Group, List, Stack, Text } from '@mantine/core';
import type { EditorProblem } from './editor-model';
import { useSopEditorText } from './text';

/** The state of the rule check: valid, or how many rules are broken and the unplaced ones. */
export function ValidationSummary({
  problems,
  elsewhere,
  checking,
}: {
  problems: readonly EditorProblem[];
  elsewhere: readonly EditorProblem[];
  checking: boolean;
}) {
  const t = useSopEditorText();
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap="xs">
        {problems.length === 0 ? (
          <Text c="teal.9" fw={600} size="sm">
            {t('valid')}
          </Text>
        ) : (
          <Text c="red.8" fw={600} size="sm">
            {t('problemCount', { count: problems.length })}
          </Text>
        )}
        {checking ? (
          <Text size="xs" c="gray.7">
            {t('checking')}
          </Text>
        ) : null}
      </Group>
      {elsewhere.length > 0 ? (
        <>
          <Text size="sm" fw={600}>
            {t('otherProblems')}
          </Text>
          <List size="sm" c="red.8">
            {elsewhere.map((p) => (
              <List.Item key={`${p.code}-${p.path}`}>{p.message}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}
