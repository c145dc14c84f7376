import {
  Alert,
  Button,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../lib/graphql';
import { useI18n } from '../../lib/i18n';
import { MutationFailureFragment } from '../admin-common/failure';

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

const TEXT = {
  title: { id: 'Data pribadi: permintaan salinan', en: 'Personal data: copy requests' },
  intro: {
    id: 'Unduh semua data yang disimpan tentang satu orang (UU 27/2022). Setiap unduhan dicatat di log audit beserta alasannya.',
    en: 'Download everything held about one person (UU 27/2022). Each download is written to the audit log with its reason.',
  },
  nik: { id: 'NIK', en: 'NIK' },
  phone: { id: 'Nomor telepon', en: 'Phone' },
  email: { id: 'E-mail', en: 'E-mail' },
  value: { id: 'Pengenal', en: 'Identifier' },
  reason: {
    id: 'Alasan (mis. nomor surat permintaan)',
    en: 'Reason (e.g. the request letter number)',
  },
  submit: { id: 'Unduh JSON', en: 'Download JSON' },
  done: { id: 'Berkas diunduh.', en: 'File downloaded.' },
} as const;

type Kind = 'nik' | 'phone' | 'email';

/** The admin's data-subject export: one identifier, a required reason, a JSON download. */
export default function PersonalDataPage() {
  const { lang } = useI18n();
  const t = (k: keyof typeof TEXT) => TEXT[k][lang];
  const [kind, setKind] = useState<Kind>('nik');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, run] = useMutation(ExportMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus(null);
    const result = await run({ input: { [kind]: value, reason } });
    const outcome = result.data?.exportPersonalData;
    if (!outcome) return setStatus({ ok: false, text: result.error?.message ?? 'Error' });
    if (outcome.__typename === 'PersonalDataExport') {
      setErrors({});
      const blob = new Blob([JSON.stringify(outcome.data, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `data-pribadi-${outcome.subjectHash.slice(0, 12)}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      return setStatus({ ok: true, text: t('done') });
    }
    if (outcome.__typename === 'ValidationError') {
      const next: Record<string, string> = {};
      for (const issue of outcome.issues) next[issue.path] ??= issue.message;
      setErrors(next);
    }
    setStatus({ ok: false, text: outcome.message });
  }

  return (
    <Stack maw={640}>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <form onSubmit={submit}>
        <Stack>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={(['nik', 'phone', 'email'] as const).map((k) => ({ value: k, label: t(k) }))}
          />
          <TextInput
            label={`${t('value')}: ${t(kind)}`}
            value={value}
            required
            onChange={(e) => setValue(e.currentTarget.value)}
            error={errors[kind] ?? errors.nik}
          />
          <Textarea
            label={t('reason')}
            value={reason}
            required
            minLength={10}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Button type="submit" loading={state.fetching}>
            {t('submit')}
          </Button>
          {status ? (
            <Alert color={status.ok ? 'green.9' : 'red.9'} role="status">
              {status.text}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Stack>
  );
}
