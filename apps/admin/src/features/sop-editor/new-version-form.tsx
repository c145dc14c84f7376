import { sopChangeNoteSchema } from '@blk/sop';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { z } from 'zod';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { ErrorAlert } from '../admin-common/status-alert';
import { DraftSopVersionMutation } from './documents';
import { useSopEditorText } from './text';

/** The change note rule the API applies to a draft (`sopChangeNoteSchema`). */
const newVersionSchema = z.object({ changeNote: sopChangeNoteSchema });
type NewVersionInput = z.input<typeof newVersionSchema>;
type NewVersionValues = z.output<typeof newVersionSchema>;

/** A new draft from the version in force, with the note that says why it changes. */
export function NewVersionForm({
  basedOn,
  onCancel,
  onCreated,
}: {
  basedOn: { id: string; versionNo: number; definition: unknown };
  onCancel: () => void;
  onCreated: (id: string) => void;
}) {
  const { lang } = useI18n();
  const t = useSopEditorText();
  const [state, draft] = useMutation(DraftSopVersionMutation);
  const [failure, setFailure] = useState<string>();
  const form = useForm<NewVersionInput, unknown, NewVersionValues>({
    resolver: zodResolver(newVersionSchema, { error: localizedError(lang) }),
    defaultValues: { changeNote: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await draft({
      input: {
        basedOnVersionId: basedOn.id,
        definition: basedOn.definition,
        changeNote: values.changeNote,
      },
    });
    const outcome = result.data?.draftSopVersion;
    if (outcome?.__typename === 'SopVersion') {
      onCreated(outcome.id);
      return;
    }
    if (outcome?.__typename === 'ValidationError') {
      const note = outcome.issues.find((i) => i.path.split('.').includes('changeNote'));
      if (note) form.setError('changeNote', { type: 'server', message: note.message });
    }
    setFailure(
      (outcome && 'message' in outcome ? outcome.message : undefined) ??
        result.error?.message ??
        '',
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('newVersionIntro', { no: basedOn.versionNo })}</Text>
        <Textarea
          label={t('changeNote')}
          description={t('changeNoteHint')}
          required
          autosize
          minRows={3}
          data-autofocus
          error={form.formState.errors.changeNote?.message}
          {...form.register('changeNote')}
        />
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} disabled={state.fetching}>
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
