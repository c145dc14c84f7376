import { personalDataExportSchema } from '@blk/domain';
import { SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';
import { FormScaffold, useScaffoldForm } from '../admin-common/form-scaffold';
import { PageHeader } from '../admin-common/page-header';
import { type Status, StatusAlert } from '../admin-common/status-alert';
import { useAdminText } from '../admin-common/text';

const ExportMutation = graphql(
  `
  mutation AdminPersonalData_Export($input: PersonalDataExportInput!) {
    exportPersonalData(input: $input) {
      __typename
      ... on PersonalDataExport {
        subjectHash
        generatedAt
        data
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

/** The identifiers a person may be named by; the schema takes exactly one. */
const KINDS = ['nik', 'phone', 'email'] as const;
type Kind = (typeof KINDS)[number];

/** Hands the export to the browser as a JSON download. */
function download(data: unknown, subjectHash: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `data-pribadi-${subjectHash.slice(0, 12)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * The admin's data-subject export: one identifier, a required reason (the shared
 * `personalDataExportSchema`), a JSON download.
 */
export default function PersonalDataPage() {
  const t = useAdminText();
  const label = (k: Kind) => (k === 'email' ? t('users.email') : t(`privacy.${k}`));
  const [kind, setKind] = useState<Kind>('nik');
  const [status, setStatus] = useState<Status>(null);
  const [, run] = useMutation(ExportMutation);
  const scaffold = useScaffoldForm({
    schema: personalDataExportSchema,
    defaultValues: { nik: '', phone: '', email: '', reason: '' },
    send: async (input, refuse) => {
      setStatus(null);
      const outcome = (await run({ input })).data?.exportPersonalData;
      if (outcome?.__typename !== 'PersonalDataExport') return refuse(outcome);
      download(outcome.data, outcome.subjectHash);
      setStatus({ ok: true, text: t('privacy.done') });
    },
  });
  const { form, bind } = scaffold;
  const choose = (next: Kind) => {
    // Only the chosen identifier is sent: the others are emptied.
    for (const k of KINDS) if (k !== next) form.setValue(k, '');
    form.clearErrors();
    setKind(next);
  };
  const identifier = bind(kind);
  return (
    <Stack maw={640}>
      <PageHeader title={t('privacy.title')} hint={t('privacy.hint')} />
      <FormScaffold scaffold={scaffold} submitLabel={t('privacy.submit')}>
        <SegmentedControl
          value={kind}
          onChange={(v) => choose(v as Kind)}
          data={KINDS.map((k) => ({ value: k, label: label(k) }))}
        />
        <TextInput
          key={kind}
          label={`${t('privacy.value')}: ${label(kind)}`}
          required
          {...identifier}
          // "Exactly one identifier" is reported on the NIK, whichever is shown.
          error={identifier.error ?? bind('nik').error}
        />
        <Textarea label={t('privacy.reason')} required {...bind('reason')} />
      </FormScaffold>
      <StatusAlert status={status} onClose={() => setStatus(null)} />
    </Stack>
  );
}
