import { formatDecimal } from '@blk/domain';
import { useEffect, useRef, useState } from 'react';
import { FailureMessage } from '../../components/feedback-message';
import { Field } from '../../components/fields';
import { useOnline } from '../../components/online';
import { useLang, useT } from '../../i18n/lang';
import type { Failure } from '../../lib/errors';
import { type StepProps, UploadProgress } from '../form-parts';
import { draftLetter, dropDraftLetter, type KeptLetter, keepDraftLetter } from '../outbox';
import {
  checkLetter,
  LETTER_ACCEPT,
  LETTER_MAX_BYTES,
  shouldCompress,
  uploadWithRetry,
} from '../upload';

export type LetterPhase = 'idle' | 'compressing' | 'uploading';

export function LetterStep({
  draft,
  setDraft,
  errors,
  clearError,
  setBusy,
}: StepProps & { clearError: () => void; setBusy: (busy: boolean) => void }) {
  const t = useT();
  const { lang } = useLang();
  const online = useOnline();
  const [phase, setPhase] = useState<LetterPhase>('idle');
  const [percent, setPercent] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [shrunk, setShrunk] = useState<{ from: number; to: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const working = useRef(false);

  useEffect(() => () => abort.current?.abort(), []);

  function busy(on: boolean) {
    working.current = on;
    setBusy(on);
    if (!on) setPhase('idle');
  }

  async function upload(kept: KeptLetter) {
    if (!navigator.onLine) return;
    setFailure(null);
    setPhase('uploading');
    setPercent(0);
    abort.current = new AbortController();
    const outcome = await uploadWithRetry(kept.blob, kept.fileName, {
      signal: abort.current.signal,
      onProgress: (done, total) => setPercent(total ? Math.round((done / total) * 100) : 0),
    });
    if (outcome.ok) {
      setDraft((d) => ({ ...d, letter: outcome.letter }));
      return;
    }
    if (outcome.kind === 'type' || outcome.kind === 'size') {
      await dropDraftLetter();
      setDraft((d) => ({ ...d, localLetter: null }));
      setProblem(outcome.kind === 'type' ? t.form.letterType : t.form.letterSize);
    } else if (outcome.kind !== 'aborted') {
      // The file stays on the phone: "Coba lagi" or the request itself sends it later.
      setFailure(
        outcome.kind === 'rateLimited'
          ? { kind: 'rateLimited', retryAfterSeconds: null }
          : { kind: outcome.kind },
      );
    }
  }

  async function choose(file: File) {
    setProblem(null);
    setFailure(null);
    setShrunk(null);
    clearError();
    const local = checkLetter(file, { beforeCompression: true });
    if (local) {
      setProblem(local === 'type' ? t.form.letterType : t.form.letterSize);
      return;
    }
    busy(true);
    try {
      let kept: KeptLetter = { blob: file, fileName: file.name, type: file.type };
      if (shouldCompress(file)) {
        setPhase('compressing');
        try {
          const { compressPhoto } = await import('../compress');
          const small = await compressPhoto(file);
          if (small) {
            kept = { blob: small.blob, fileName: small.fileName, type: small.type };
            setShrunk({ from: file.size, to: small.blob.size });
          }
        } catch {
          // The browser cannot read this image: the server judges the file as it is.
        }
      }
      if (kept.blob.size > LETTER_MAX_BYTES) {
        setProblem(t.form.letterSize);
        return;
      }
      // On the phone first: a reload, a lost signal or a failed upload loses nothing.
      await keepDraftLetter(kept);
      setDraft((d) => ({
        ...d,
        letter: null,
        localLetter: { fileName: kept.fileName, sizeBytes: kept.blob.size },
      }));
      await upload(kept);
    } finally {
      busy(false);
    }
  }

  async function retry() {
    if (working.current) return;
    const kept = await draftLetter();
    if (!kept) return;
    busy(true);
    try {
      await upload(kept);
    } finally {
      busy(false);
    }
  }

  // A file kept without signal goes up as soon as the signal is back, while the step is open.
  const waiting = Boolean(draft.localLetter && !draft.letter);
  useEffect(() => {
    if (online && waiting && !working.current) void retry();
  }, [online, waiting]);

  const error = errors.letter ?? problem;
  const letter = draft.letter;
  const kb = (bytes: number) => formatDecimal(Math.max(1, Math.round(bytes / 1024)), lang, 0);
  return (
    <>
      <Field
        name="letter"
        label={t.form.letter}
        hint={t.form.letterHint}
        error={error ?? undefined}
      >
        {(p) => (
          <input
            {...p}
            type="file"
            accept={LETTER_ACCEPT}
            disabled={phase !== 'idle'}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void choose(file);
            }}
          />
        )}
      </Field>
      {phase === 'compressing' ? (
        <p role="status" className="note">
          {t.form.letterCompressing}
        </p>
      ) : null}
      {phase === 'uploading' ? (
        <UploadProgress percent={percent} label={t.form.letterUploading} />
      ) : null}
      {shrunk && phase !== 'compressing' ? (
        <p className="hint">{t.form.letterShrunk(kb(shrunk.from), kb(shrunk.to))}</p>
      ) : null}
      {letter && phase === 'idle' ? (
        <p role="status" className="success">
          {t.form.letterChosen(letter.fileName, Math.max(1, Math.round(letter.sizeBytes / 1024)))}
        </p>
      ) : null}
      {!letter && draft.localLetter && phase === 'idle' ? (
        <p role="status" className="note">
          {t.form.letterKept(draft.localLetter.fileName, kb(draft.localLetter.sizeBytes))}
        </p>
      ) : null}
      {failure && phase === 'idle' ? (
        <FailureMessage failure={failure} onRetry={() => void retry()} />
      ) : null}
    </>
  );
}
