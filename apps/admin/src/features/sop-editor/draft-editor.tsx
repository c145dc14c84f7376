import {
  renderSopFlowchart,
  type SopDefinition,
  sopChangeNoteSchema,
  sopDefinitionSchema,
} from '@blk/sop';
import { Alert, Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { localizedError } from '../action-form/action-schema';
import { SectionCard } from '../admin-common/section-card';
import { SopFlowchart } from '../sop/sop-document';
import {
  SopVersionFieldsFragment,
  SubmitSopVersionMutation,
  UpdateSopDraftMutation,
  ValidateSopMutation,
} from './documents';
import { cleanDefinition, type EditorProblem, formatIssues, isPlaced } from './editor-model';
import { IdentityForm } from './identity-form';
import { SopDiffView } from './sop-diff';
import { type RoleOption, StepTable } from './step-table';
import { useSopEditorText } from './text';
import { ValidationSummary } from './validation-summary';

/** How long the editor waits after the last keystroke before asking the server to check. */
export const VALIDATE_DELAY_MS = 400;

type Version = FragmentOf<typeof SopVersionFieldsFragment>;

interface Status {
  kind: 'ok' | 'error' | 'stale';
  text: string;
}

/**
 * The editor of a draft version: identity block, step table, live rule check (the server's
 * `validateSopDefinition`, debounced), live flowchart and diff against the version in force;
 * save (with the loaded `updatedAt`, so nobody's save is overwritten) and submit.
 */
export function DraftEditor({
  version: masked,
  base,
  baseNo,
  roles,
  roleLabels,
  onReload,
  consultation,
}: {
  /** The public consultation card, shown above the save and submit buttons. */
  consultation: ReactNode;
  version: Version;
  base: SopDefinition | null;
  baseNo: number | null;
  roles: readonly RoleOption[];
  roleLabels: Readonly<Record<string, string>>;
  onReload: () => void;
}) {
  const version = readFragment(SopVersionFieldsFragment, masked);
  const { lang } = useI18n();
  const t = useSopEditorText();
  const [definition, setDefinition] = useState(() => version.definition as SopDefinition);
  const [changeNote, setChangeNote] = useState(version.changeNote ?? '');
  const [changeNoteError, setChangeNoteError] = useState<string>();
  const [loadedAt, setLoadedAt] = useState(version.updatedAt);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [problems, setProblems] = useState<readonly EditorProblem[]>(version.problems);
  const [checking, setChecking] = useState(false);
  const [saveState, save] = useMutation(UpdateSopDraftMutation);
  const [submitState, submit] = useMutation(SubmitSopVersionMutation);
  const [, validate] = useMutation(ValidateSopMutation);
  const sending = useRef(false);

  const cleaned = useMemo(() => cleanDefinition(definition), [definition]);
  const format = useMemo(() => formatIssues(definition), [definition]);
  const [debounced] = useDebouncedValue(cleaned, VALIDATE_DELAY_MS);
  const latest = useRef(0);

  useEffect(() => {
    if (!dirty) return;
    const ticket = ++latest.current;
    setChecking(true);
    void validate({ definition: debounced }).then((result) => {
      // Answers to an older definition are dropped: only the latest check is shown.
      if (ticket !== latest.current) return;
      setChecking(false);
      const outcome = result.data?.validateSopDefinition;
      if (outcome?.__typename === 'SopValidation') setProblems(outcome.problems);
    });
  }, [debounced, dirty, validate]);

  const onEdit = useCallback((change: (def: SopDefinition) => SopDefinition) => {
    setDefinition(change);
    setDirty(true);
    setStatus(null);
  }, []);
  const edit = (next: SopDefinition) => onEdit(() => next);

  const errorAt = (path: string): string | undefined => {
    const local = format.get(path);
    if (local) return t(local);
    const here = problems.filter((p) => p.path === path).map((p) => p.message);
    return here.length ? here.join(' ') : undefined;
  };

  // Laying out the chart searches lane orders for the fewest crossings: let typing go first.
  const charted = useDeferredValue(cleaned);
  const flowchart = useMemo(() => {
    if (!sopDefinitionSchema.safeParse(charted).success) return null;
    try {
      return renderSopFlowchart(charted, { roleLabels, locale: lang });
    } catch {
      return null;
    }
  }, [charted, roleLabels, lang]);

  const elsewhere = problems.filter((p) => !isPlaced(p, definition));
  const busy = saveState.fetching || submitState.fetching;

  /** Saves the draft; true when it is stored. */
  const saveDraft = async (): Promise<boolean> => {
    setChangeNoteError(undefined);
    // The shared rule answers before anything is sent.
    const note = sopChangeNoteSchema.safeParse(changeNote, { error: localizedError(lang) });
    if (!note.success) {
      setChangeNoteError(note.error.issues[0]?.message);
      return false;
    }
    const result = await save({
      id: version.id,
      expectedUpdatedAt: loadedAt,
      input: { definition: cleaned, changeNote },
    });
    const outcome = result.data?.updateSopDraft;
    if (outcome?.__typename === 'SopVersion') {
      const saved = readFragment(SopVersionFieldsFragment, outcome as Version);
      setLoadedAt(saved.updatedAt);
      setProblems(saved.problems);
      setDirty(false);
      return true;
    }
    if (outcome && 'errorCode' in outcome && outcome.errorCode === 'CONFLICT_STALE_VERSION') {
      setStatus({ kind: 'stale', text: t('stale') });
      return false;
    }
    if (outcome?.__typename === 'ValidationError') {
      const note = outcome.issues.find((i) => i.path.split('.').includes('changeNote'));
      if (note) setChangeNoteError(note.message);
      const rest = outcome.issues.filter((i) => i !== note).map((i) => i.message);
      setStatus({ kind: 'error', text: [outcome.message, ...rest].join(' ') });
      return false;
    }
    setStatus({
      kind: 'error',
      text:
        (outcome && 'message' in outcome ? outcome.message : undefined) ??
        result.error?.graphQLErrors[0]?.message ??
        result.error?.message ??
        '',
    });
    return false;
  };

  const onSave = async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      if (await saveDraft()) setStatus({ kind: 'ok', text: t('saved') });
    } finally {
      sending.current = false;
    }
  };

  const onSubmit = async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      if (dirty && !(await saveDraft())) return;
      const result = await submit({ id: version.id });
      const outcome = result.data?.submitSopVersion;
      if (outcome?.__typename === 'SopVersion') return; // The page turns into the review.
      setStatus({
        kind:
          outcome && 'errorCode' in outcome && outcome.errorCode === 'CONFLICT_STALE_VERSION'
            ? 'stale'
            : 'error',
        text:
          (outcome && 'message' in outcome ? outcome.message : undefined) ??
          result.error?.message ??
          '',
      });
    } finally {
      sending.current = false;
    }
  };

  return (
    <Stack>
      <Textarea
        label={t('changeNote')}
        description={t('changeNoteHint')}
        required
        autosize
        minRows={2}
        value={changeNote}
        error={changeNoteError}
        onChange={(e) => {
          setChangeNote(e.currentTarget.value);
          setDirty(true);
          setStatus(null);
        }}
      />
      <SectionCard id="sop-identity-h" title={t('identity')}>
        <IdentityForm definition={definition} onChange={edit} errorAt={errorAt} />
      </SectionCard>
      <SectionCard id="sop-steps-h" title={t('steps')}>
        <StepTable
          definition={definition}
          onEdit={onEdit}
          problems={problems}
          errorAt={errorAt}
          roles={roles}
        />
      </SectionCard>
      <SectionCard id="sop-check-h" title={t('validation')}>
        <ValidationSummary problems={problems} elsewhere={elsewhere} checking={checking} />
      </SectionCard>
      <SectionCard id="sop-diff-h" title={t('diff')}>
        <SopDiffView base={base} baseNo={baseNo} next={cleaned} roleLabels={roleLabels} />
      </SectionCard>
      <SectionCard id="sop-flow-h" title={t('flowchart')}>
        {flowchart ? (
          <SopFlowchart svg={flowchart} name={cleaned.identity.name} />
        ) : (
          <Text size="sm">{t('flowchartUnavailable')}</Text>
        )}
      </SectionCard>
      {consultation}
      {status ? (
        <Alert
          color={status.kind === 'ok' ? 'green' : 'red'}
          role={status.kind === 'ok' ? 'status' : 'alert'}
        >
          <Group justify="space-between">
            <span>{status.text}</span>
            {status.kind === 'stale' ? (
              <Button size="xs" variant="white" onClick={onReload}>
                {t('common.reload')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : dirty ? (
        <Text size="sm" role="status">
          {t('unsaved')}
        </Text>
      ) : null}
      <Group>
        <Button onClick={onSave} loading={saveState.fetching} disabled={busy}>
          {t('save')}
        </Button>
        <Button variant="outline" onClick={onSubmit} loading={submitState.fetching} disabled={busy}>
          {t('submit')}
        </Button>
        <Anchor href={version.pdfUrl} target="_blank" rel="noopener" size="sm">
          {t('print')}
        </Anchor>
        <Text size="xs" c="gray.7">
          {t('printHint')}
        </Text>
      </Group>
    </Stack>
  );
}
