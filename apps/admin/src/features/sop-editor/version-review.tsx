import type { SopDefinition, SopDocument } from '@blk/sop';
import { Alert, Anchor, Button, Group, List, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type FragmentOf, readFragment } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { SectionCard } from '../admin-common/section-card';
import { SopFlowchart, SopFlowTable, SopIdentityTable } from '../sop/sop-document';
import {
  ApproveSopVersionMutation,
  PublishSopVersionMutation,
  SopVersionFieldsFragment,
} from './documents';
import type { EditorProblem } from './editor-model';
import { SopDiffView } from './sop-diff';
import { useSopEditorText } from './text';
import { ValidationSummary } from './validation-summary';

type Version = FragmentOf<typeof SopVersionFieldsFragment>;

interface Status {
  ok: boolean;
  text: string;
  problems?: readonly EditorProblem[];
}

/**
 * A version that can no longer be edited (submitted, approved, published, superseded), as the
 * head of office reviews it: rule check, diff against the version in force, the document and
 * the flowchart; sign (approve) a submitted version and put an approved one in force.
 */
export function VersionReview({
  version: masked,
  base,
  baseNo,
  roleLabels,
  canApprove,
  consultation,
}: {
  /** The public consultation card (read-only), shown beside the diff. */
  consultation: ReactNode;
  version: Version;
  base: SopDefinition | null;
  baseNo: number | null;
  roleLabels: Readonly<Record<string, string>>;
  canApprove: boolean;
}) {
  const version = readFragment(SopVersionFieldsFragment, masked);
  const { t: appText } = useI18n();
  const t = useSopEditorText();
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [approveState, approve] = useMutation(ApproveSopVersionMutation);
  const [publishState, publish] = useMutation(PublishSopVersionMutation);
  const sending = useRef(false);
  const doc = version.document as SopDocument | null;
  const definition = version.definition as SopDefinition;
  const busy = approveState.fetching || publishState.fetching;

  const once = async (run: () => Promise<void>) => {
    if (sending.current) return;
    sending.current = true;
    try {
      await run();
    } finally {
      sending.current = false;
    }
  };

  const onApprove = () =>
    once(async () => {
      const result = await approve({ id: version.id });
      const outcome = result.data?.approveSopVersion;
      if (outcome?.__typename === 'SopVersion') {
        setStatus({ ok: true, text: t('approved_done') });
      } else if (outcome?.__typename === 'SopProblemsError') {
        setStatus({ ok: false, text: t('approveBlocked'), problems: outcome.problems });
      } else {
        setStatus({
          ok: false,
          text:
            (outcome && 'message' in outcome ? outcome.message : undefined) ??
            result.error?.message ??
            '',
        });
      }
    });

  const onPublish = () =>
    once(async () => {
      setConfirming(false);
      const result = await publish({ id: version.id });
      const outcome = result.data?.publishSopVersion;
      setStatus(
        outcome?.__typename === 'SopVersion'
          ? { ok: true, text: t('published_done', { no: version.versionNo }) }
          : {
              ok: false,
              text:
                (outcome && 'message' in outcome ? outcome.message : undefined) ??
                result.error?.message ??
                '',
            },
      );
    });

  return (
    <Stack>
      {version.status === 'submitted' && !canApprove ? (
        <Text size="sm">{t('awaitingReview')}</Text>
      ) : null}
      <SectionCard id="sop-check-h" title={t('validation')}>
        <ValidationSummary
          problems={version.problems}
          elsewhere={version.problems}
          checking={false}
        />
      </SectionCard>
      {version.status !== 'published' && version.status !== 'superseded' ? (
        // The reviewer reads what changed beside what the public said about it.
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <SectionCard id="sop-diff-h" title={t('diff')}>
            <SopDiffView base={base} baseNo={baseNo} next={definition} roleLabels={roleLabels} />
          </SectionCard>
          <div>{consultation}</div>
        </SimpleGrid>
      ) : (
        consultation
      )}
      {status ? (
        <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
          <Text size="sm">{status.text}</Text>
          {status.problems?.length ? (
            <List size="sm">
              {status.problems.map((p) => (
                <List.Item key={`${p.code}-${p.path}`}>{p.message}</List.Item>
              ))}
            </List>
          ) : null}
          {status.ok && version.status === 'published' ? (
            <Anchor component={Link} to="/sop" size="sm">
              {appText('nav.sop')}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      <Group>
        {canApprove && version.status === 'submitted' ? (
          <Button onClick={onApprove} loading={approveState.fetching} disabled={busy}>
            {t('approve')}
          </Button>
        ) : null}
        {canApprove && version.status === 'approved' ? (
          <Button
            onClick={() => setConfirming(true)}
            loading={publishState.fetching}
            disabled={busy}
          >
            {t('publish')}
          </Button>
        ) : null}
        <Anchor href={version.pdfUrl} target="_blank" rel="noopener" size="sm">
          {t('print')}
        </Anchor>
      </Group>
      {doc ? (
        <>
          <SectionCard id="sop-identity-h" title={t('identity')}>
            <SopIdentityTable identity={doc.identity} labelledBy="sop-identity-h" />
          </SectionCard>
          <SectionCard id="sop-table-h" title={appText('sop.activities')}>
            <SopFlowTable document={doc} labelledBy="sop-table-h" />
          </SectionCard>
        </>
      ) : null}
      {version.flowchartSvg ? (
        <SectionCard id="sop-flow-h" title={appText('sop.flowchart')}>
          <SopFlowchart svg={version.flowchartSvg} name={doc?.name ?? ''} />
        </SectionCard>
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('publish')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
        centered
      >
        <Stack>
          <Text size="sm">{t('publishConfirm', { no: version.versionNo })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={onPublish} disabled={busy}>
              {t('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
