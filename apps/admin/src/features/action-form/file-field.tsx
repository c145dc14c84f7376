import { ATTACHMENT_ACCEPT } from '@blk/domain';
import { FileInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n';

interface Props {
  label: string;
  required: boolean;
  error: string | undefined;
  onUploaded: (uploadId: string) => void;
}

/** A file input that uploads at once (POST /uploads) and gives the form the upload id. */
export function FileField({ label, required, error, onUploaded }: Props) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ busy: boolean; error?: string; name?: string }>({
    busy: false,
  });

  async function upload(file: File | null) {
    onUploaded('');
    if (!file) {
      setState({ busy: false });
      return;
    }
    setState({ busy: true, name: file.name });
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await fetch('/uploads', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'accept-language': lang },
      });
      const json = (await res.json()) as {
        uploadId?: string;
        error?: { message: string };
      };
      if (!res.ok || !json.uploadId) {
        setState({ busy: false, error: json.error?.message ?? t('error.upload') });
        return;
      }
      onUploaded(json.uploadId);
      setState({ busy: false, name: file.name });
    } catch {
      setState({ busy: false, error: t('error.network') });
    }
  }

  return (
    <FileInput
      label={label}
      required={required}
      accept={ATTACHMENT_ACCEPT}
      clearable
      clearButtonProps={{ 'aria-label': t('form.clearFile', { label }) }}
      onChange={upload}
      disabled={state.busy}
      description={state.busy ? t('form.uploading') : t('form.fileHint')}
      error={state.error ?? error}
    />
  );
}
