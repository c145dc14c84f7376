import { MAX_ANSWER_DOCUMENTS } from '@blk/domain';
import { useState } from 'react';
import { useMutation } from 'urql';
import { FailureMessage } from '../components/feedback-message';
import { Field } from '../components/fields';
import { graphql, type ResultOf } from '../graphql';
import { useLang, useT } from '../i18n/lang';
import { type Failure, failureOf } from '../lib/errors';
import { MutationFailureFragment } from '../lib/failure';
import { formatDateTime } from '../lib/format';
import type { LetterUpload } from '../request/draft';
import {
  checkLetter,
  LETTER_ACCEPT,
  LETTER_MAX_BYTES,
  shouldCompress,
  uploadWithRetry,
} from '../request/upload';

/** A photo made small on the phone first (as the request letter is); other files as they are. */
async function prepare(file: File): Promise<{ blob: Blob; name: string }> {
  if (!shouldCompress(file)) return { blob: file, name: file.name };
  try {
    const { compressPhoto } = await import('../request/compress');
    const small = await compressPhoto(file);
    return small ? { blob: small.blob, name: small.fileName } : { blob: file, name: file.name };
  } catch {
    return { blob: file, name: file.name };
  }
}

export const RequesterTask_TrackedTrainingRequestFragment = graphql(`
  fragment RequesterTask_TrackedTrainingRequest on TrackedTrainingRequest {
    requesterTask {
      actionKey
      actionLabel
      dueAt
      asked {
        label
        text
      }
      fileInput {
        key
        label
        required
      }
      noteInput {
        key
        label
        required
      }
    }
  }
`);

const AnswerMutation = graphql(
  `
  mutation Track_AnswerTask(
    $trackingCode: String!
    $accessToken: String!
    $uploadIds: [ID!]!
    $note: String
  ) {
    answerRequesterTask(
      trackingCode: $trackingCode
      accessToken: $accessToken
      uploadIds: $uploadIds
      note: $note
    ) {
      __typename
      ... on TrackedTrainingRequest {
        trackingCode
        stepKey
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

type Task = NonNullable<
  ResultOf<typeof RequesterTask_TrackedTrainingRequestFragment>['requesterTask']
>;

/**
 * What the office asked the requester (the return note, the missing items) with the deadline,
 * and the answer: the documents, checked on the device before any byte is sent, and a note.
 */
export function RequesterTaskBox({
  task,
  trackingCode,
  accessToken,
  onAnswered,
}: {
  task: Task;
  trackingCode: string;
  accessToken: string | null;
  onAnswered: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [files, setFiles] = useState<LetterUpload[]>([]);
  const [uploading, setUploading] = useState(false);
  const [percent, setPercent] = useState(0);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [{ fetching }, answer] = useMutation(AnswerMutation);

  async function add(list: FileList | null) {
    const picked = [...(list ?? [])].slice(0, MAX_ANSWER_DOCUMENTS - files.length);
    setErrors({});
    for (const file of picked) {
      const problem = checkLetter(file, { beforeCompression: true });
      if (problem) {
        setErrors({ uploadIds: problem === 'type' ? t.form.letterType : t.form.letterSize });
        return;
      }
    }
    setUploading(true);
    try {
      for (const file of picked) {
        setPercent(0);
        const { blob, name } = await prepare(file);
        if (blob.size > LETTER_MAX_BYTES) {
          setErrors({ uploadIds: t.form.letterSize });
          return;
        }
        const outcome = await uploadWithRetry(blob, name, {
          onProgress: (done, total) => setPercent(total ? Math.round((done / total) * 100) : 0),
        });
        if (!outcome.ok) {
          setErrors({
            uploadIds:
              outcome.kind === 'type'
                ? t.form.letterType
                : outcome.kind === 'size'
                  ? t.form.letterSize
                  : t.task.uploadFailed,
          });
          return;
        }
        setFiles((prev) => [...prev, outcome.letter]);
      }
    } finally {
      setUploading(false);
    }
  }

  async function send() {
    setFailure(null);
    if (task.fileInput?.required && files.length === 0) {
      setErrors({ uploadIds: t.task.fileRequired });
      return;
    }
    const result = await answer({
      trackingCode,
      accessToken: accessToken ?? '',
      uploadIds: files.map((f) => f.uploadId),
      note: note.trim() || null,
    });
    if (result.error) return setFailure(failureOf(result.error));
    const outcome = result.data?.answerRequesterTask;
    if (outcome?.__typename === 'ValidationError') {
      const next: Record<string, string> = {};
      for (const issue of outcome.issues) next[issue.path.split('.')[0] ?? ''] ??= issue.message;
      return setErrors(next);
    }
    if (outcome && outcome.__typename !== 'TrackedTrainingRequest')
      return setErrors({ form: outcome.message });
    onAnswered();
  }

  return (
    <section className="callout" aria-labelledby="task-title">
      <h3 id="task-title">{t.task.title}</h3>
      {task.asked.map((a) => (
        <div key={a.label}>
          <p className="muted">{a.label}</p>
          <p data-testid="task-asked">
            <strong>{a.text}</strong>
          </p>
        </div>
      ))}
      {task.dueAt ? <p>{t.task.due(formatDateTime(task.dueAt, lang))}</p> : null}
      {accessToken ? (
        <>
          {task.fileInput ? (
            <Field
              name="uploadIds"
              label={task.fileInput.label}
              hint={t.task.filesHint}
              error={errors.uploadIds}
            >
              {(p) => (
                <input
                  {...p}
                  type="file"
                  multiple
                  accept={LETTER_ACCEPT}
                  disabled={uploading || files.length >= MAX_ANSWER_DOCUMENTS}
                  onChange={(e) => {
                    void add(e.target.files);
                    e.target.value = '';
                  }}
                />
              )}
            </Field>
          ) : null}
          {uploading ? (
            <div className="upload-progress" role="status">
              <label>
                {t.task.uploading} {percent}%
                <progress max={100} value={percent} />
              </label>
            </div>
          ) : null}
          {files.length ? (
            <ul className="files">
              {files.map((f) => (
                <li key={f.uploadId}>
                  {t.task.chosen(f.fileName, Math.ceil(f.sizeBytes / 1024))}{' '}
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t.task.remove(f.fileName)}
                    onClick={() => setFiles((prev) => prev.filter((x) => x !== f))}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {task.noteInput ? (
            <Field name="note" label={task.noteInput.label} optional={!task.noteInput.required}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  maxLength={1000}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
              )}
            </Field>
          ) : null}
          {failure ? <FailureMessage failure={failure} /> : null}
          {errors.form ? (
            <p className="alert alert-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <button
            type="button"
            className="button-primary"
            disabled={fetching || uploading}
            onClick={() => void send()}
          >
            {fetching ? t.task.sending : task.actionLabel}
          </button>
        </>
      ) : (
        <p className="hint">{t.task.needsToken}</p>
      )}
    </section>
  );
}
