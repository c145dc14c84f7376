import { certificateStatus, certificationSchema } from '@blk/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { ConfirmPanel } from '../admin-common/confirm-panel';
import { MutationFailureFragment } from '../admin-common/failure';
import { useScaffoldForm } from '../admin-common/form-scaffold';
import { ListTable } from '../admin-common/list-table';
import { ErrorAlert, useOutcomeStatus } from '../admin-common/status-alert';
import { CertificateBadge } from './certificate-badge';
import { type ProgramOption, programGroups } from './instructor-form';
import { type Certification, InstructorCertifications } from './instructor-fragments';
import { useInstructorText } from './text';

const AddCertificationMutation = graphql(
  `
  mutation Instructors_AddCertification(
    $instructorId: ID!
    $input: CertificationInput!
    $programId: ID
  ) {
    addInstructorCertification(instructorId: $instructorId, input: $input, programId: $programId) {
      __typename
      ...InstructorCertifications
      ...MutationFailure
    }
  }
`,
  [InstructorCertifications, MutationFailureFragment],
);

const RemoveCertificationMutation = graphql(
  `
  mutation Instructors_RemoveCertification($id: ID!) {
    removeInstructorCertification(id: $id) {
      __typename
      ...InstructorCertifications
      ...MutationFailure
    }
  }
`,
  [InstructorCertifications, MutationFailureFragment],
);

/** Records a certificate (issuer, number, scheme/program, issued, expires) for an instructor. */
function AddCertificationForm({
  instructorId,
  programs,
  onDone,
}: {
  instructorId: string;
  programs: readonly ProgramOption[];
  onDone: (name: string) => void;
}) {
  const t = useInstructorText();
  const [, add] = useMutation(AddCertificationMutation);
  const [programId, setProgramId] = useState<string | null>(null);
  const scaffold = useScaffoldForm({
    schema: certificationSchema,
    defaultValues: { name: '', issuer: '', number: '', issuedOn: '', expiresOn: '' },
    send: async (values, refuse) => {
      const input = { ...values, expiresOn: values.expiresOn ?? null };
      const outcome = (await add({ instructorId, input, programId })).data
        ?.addInstructorCertification;
      if (outcome?.__typename !== 'Instructor') return refuse(outcome);
      scaffold.form.reset();
      setProgramId(null);
      onDone(values.name);
    },
  });
  const { bind } = scaffold;
  const { isSubmitting } = scaffold.form.formState;
  return (
    <form onSubmit={scaffold.onSubmit} noValidate>
      <Fieldset legend={t('certAdd')}>
        <Stack gap="sm">
          <ErrorAlert message={scaffold.error} />
          <TextInput
            label={t('certName')}
            required
            placeholder="Sertifikat Kompetensi …"
            {...bind('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('certIssuer')}
              description={t('certIssuerHint')}
              required
              {...bind('issuer')}
            />
            <TextInput label={t('certNumber')} required {...bind('number')} />
            <TextInput type="date" label={t('certIssued')} required {...bind('issuedOn')} />
            <TextInput
              type="date"
              label={t('certExpires')}
              description={t('certExpiresHint')}
              {...bind('expiresOn')}
            />
          </SimpleGrid>
          <Select
            label={t('certProgram')}
            description={t('certProgramHint')}
            clearable
            searchable
            data={programGroups(programs)}
            value={programId}
            onChange={setProgramId}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
              {t('certAdd')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** The instructor's certificates with their expiry state, remove (confirmed) and add. */
export function Certifications({
  instructorId,
  certifications,
  programs,
  onStatus,
}: {
  instructorId: string;
  certifications: readonly Certification[];
  programs: readonly ProgramOption[];
  onStatus: (status: { ok: boolean; text: string }) => void;
}) {
  const { lang } = useI18n();
  const t = useInstructorText();
  const [removeState, remove] = useMutation(RemoveCertificationMutation);
  const outcomeStatus = useOutcomeStatus();
  const [confirming, setConfirming] = useState<Certification | null>(null);

  async function confirmRemove(c: Certification) {
    const outcome = (await remove({ id: c.id })).data?.removeInstructorCertification;
    setConfirming(null);
    onStatus(outcomeStatus(outcome, 'Instructor', t('certRemoved', { name: c.name })));
  }

  return (
    <Stack gap="sm">
      {certifications.length === 0 ? (
        <Text size="sm">{t('noCertificates')}</Text>
      ) : (
        <ListTable
          minWidth={640}
          aria-label={t('certifications')}
          rows={certifications}
          rowKey={(c) => c.id}
          columns={[
            { head: t('certName'), cell: (c) => c.name },
            {
              head: t('certIssuer'),
              cell: (c) => (
                <>
                  {c.issuer}
                  <Text size="xs" c="dimmed">
                    {c.number} · {t('certIssued')} {formatDate(c.issuedOn, lang)}
                  </Text>
                </>
              ),
            },
            { head: t('certProgram'), cell: (c) => c.program?.name ?? t('certGeneral') },
            {
              head: t('certExpires'),
              nowrap: true,
              cell: (c) => (c.expiresOn ? formatDate(c.expiresOn, lang) : '—'),
            },
            {
              head: t('certState'),
              cell: (c) => <CertificateBadge status={certificateStatus(c.expiresOn)} />,
            },
            {
              head: t('colActions'),
              hiddenHead: true,
              cell: (c) => (
                <ActionIcon
                  variant="outline"
                  color="red.9"
                  aria-label={t('certRemoveNamed', { name: c.name })}
                  onClick={() => setConfirming(c)}
                >
                  ×
                </ActionIcon>
              ),
            },
          ]}
        />
      )}
      {confirming ? (
        <Alert
          color="orange"
          role="alertdialog"
          aria-label={t('certRemoveNamed', { name: confirming.name })}
        >
          <ConfirmPanel
            hint={t('certRemoveConfirm', { name: confirming.name })}
            confirmLabel={t('certRemove')}
            size="xs"
            justify="flex-start"
            busy={removeState.fetching}
            onCancel={() => setConfirming(null)}
            onConfirm={() => confirmRemove(confirming)}
          />
        </Alert>
      ) : null}
      <AddCertificationForm
        instructorId={instructorId}
        programs={programs}
        onDone={(name) => onStatus({ ok: true, text: t('certAdded', { name }) })}
      />
    </Stack>
  );
}
