import {
  formatDate,
  formatDecimal,
  REQUESTER_TYPE_LABELS,
  REQUESTER_TYPES,
  toJakartaDate,
} from '@blk/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { FailureMessage } from '../components/feedback-message';
import { Field, fieldId, focusFirstError } from '../components/fields';
import { useOnline } from '../components/online';
import { graphql } from '../graphql';
import type { Strings } from '../i18n/dictionary';
import { useLang, useLocalize, useT } from '../i18n/lang';
import { type Failure, failureOf } from '../lib/errors';
import { saveReceipt } from '../lib/receipt';
import {
  clearDraft,
  emptyDraft,
  loadDraft,
  newIdempotencyKey,
  type RequestDraft,
  type RequestField,
  saveDraft,
} from './draft';
import {
  draftLetter,
  dropDraftLetter,
  flushQueue,
  type KeptLetter,
  keepDraftLetter,
  queueRequest,
  takeBack,
} from './outbox';
import { createSender } from './sender';
import { stepOfField } from './steps';
import {
  checkLetter,
  LETTER_ACCEPT,
  LETTER_MAX_BYTES,
  letterExpired,
  shouldCompress,
  uploadWithRetry,
} from './upload';
import { formWarmedRecently, warmFormLists } from './warm';

// The shared zod schema is the form's heaviest part: it loads right after the first paint, while
// the requester reads and types, so the form shows sooner on a weak connection.
let validation: Promise<typeof import('./validate')> | null = null;
export function loadValidation() {
  validation ??= import('./validate');
  return validation;
}

const LETTER_STEP = 4;
const REVIEW_STEP = 5;

const RegionsQuery = graphql(`
  query Request_Regions($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

const ProgramsQuery = graphql(`
  query Request_Programs {
    programs(first: 100) {
      edges {
        node {
          id
          name
          durationDays
        }
      }
    }
  }
`);

type Errors = Partial<Record<RequestField | 'letter', string>>;

/** The label a field carries on the form, for the error summary. */
function fieldLabel(t: Strings, field: string): string {
  if (field === 'regionCode') return t.form.desa;
  if (field === 'programId') return t.form.programId;
  const label = (t.form as Record<string, unknown>)[field];
  return typeof label === 'string' ? label : field;
}

interface StepProps {
  draft: RequestDraft;
  setDraft: (update: (d: RequestDraft) => RequestDraft) => void;
  set: (field: RequestField, value: string) => void;
  errors: Errors;
}

/** The draft from the device, with `?program=<id>` from a programme page applied. */
function initialDraft(search: string): { draft: RequestDraft; restored: boolean } {
  const saved = loadDraft();
  const draft = saved ?? emptyDraft();
  const programId = new URLSearchParams(search).get('program');
  if (programId && draft.values.programId !== programId) {
    draft.values = { ...draft.values, programId };
    draft.programLabel = '';
    if (!saved) draft.step = 0;
  }
  return { draft, restored: saved !== null };
}

export default function RequestPage() {
  const t = useT();
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [initial] = useState(() => initialDraft(search));
  const [draft, setDraftState] = useState<RequestDraft>(initial.draft);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const client = useClient();
  const [sending, setSending] = useState(false);
  const [sendProgress, setSendProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Every keystroke is on the device at once: a closed tab or a dropped connection loses nothing.
  useEffect(() => saveDraft(draft), [draft]);

  useEffect(() => {
    void loadValidation();
  }, []);

  // With signal, keep every list the form offers on the phone, so it can be filled without.
  const [offlineReady, setOfflineReady] = useState(formWarmedRecently);
  useEffect(() => {
    if (offlineReady || !navigator.onLine) return;
    const stop = new AbortController();
    const warm = () =>
      void warmFormLists(client, RegionsQuery, ProgramsQuery, stop.signal).then((ok) => {
        if (ok) setOfflineReady(true);
      });
    // After the page has settled, when the phone is idle: the requester's typing comes first.
    const timer = setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 5_000 });
      else warm();
    }, 2_000);
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [draft.step]);

  // Field messages follow the language switch.
  useEffect(() => {
    if (Object.keys(errors).length > 0) void showIssues(draft.step, false);
  }, [lang]);

  const setDraft = (update: (d: RequestDraft) => RequestDraft) => setDraftState(update);
  const set = (field: RequestField, value: string) => {
    setDraftState((d) => ({ ...d, values: { ...d.values, [field]: value } }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };

  async function showIssues(step: number, focus = true): Promise<boolean> {
    const { validateStep } = await loadValidation();
    const issues = validateStep(step, draft.values, lang);
    const next: Errors = {};
    for (const issue of issues) next[issue.path as RequestField] ??= issue.message;
    if (step === LETTER_STEP) {
      if (!draft.letter && !draft.localLetter) next.letter = t.form.letterRequired;
      else if (draft.letter && letterExpired(draft.letter) && !draft.localLetter)
        next.letter = t.form.letterExpired;
    }
    setErrors(next);
    if (focus) {
      const names = Object.keys(next);
      requestAnimationFrame(() => focusFirstError(formRef.current, names));
    }
    return Object.keys(next).length === 0;
  }

  function goTo(step: number) {
    setFailure(null);
    setNotice(null);
    setErrors({});
    setDraftState((d) => ({ ...d, step }));
  }

  async function next(e: FormEvent) {
    e.preventDefault();
    if (draft.step === REVIEW_STEP) {
      await send();
      return;
    }
    if (await showIssues(draft.step)) goTo(draft.step + 1);
  }

  async function send() {
    setFailure(null);
    setNotice(null);
    const { validateAll } = await loadValidation();
    const parsed = validateAll(draft.values, lang);
    if (!parsed.ok) {
      const first = Math.min(...parsed.issues.map((i) => stepOfField(i.path)));
      goTo(first);
      const next: Errors = {};
      for (const issue of parsed.issues)
        if (stepOfField(issue.path) === first) next[issue.path as RequestField] ??= issue.message;
      setErrors(next);
      requestAnimationFrame(() => focusFirstError(formRef.current, Object.keys(next)));
      return;
    }
    const staged = draft.letter && !letterExpired(draft.letter) ? draft.letter : null;
    if (!staged && !draft.localLetter) {
      goTo(LETTER_STEP);
      setErrors({ letter: draft.letter ? t.form.letterExpired : t.form.letterRequired });
      return;
    }
    // One key per draft, made before the first try: every retry, now or from the queue later,
    // sends the same one, so the API records the request once.
    const idempotencyKey = draft.idempotencyKey ?? newIdempotencyKey();
    const sent = { ...draft, idempotencyKey };
    setSending(true);
    try {
      // Every request goes through the queue on the device: with signal it leaves at once,
      // without it waits there, and nothing typed is lost either way.
      await queueRequest({
        idempotencyKey,
        input: parsed.data,
        letterUploadId: staged?.uploadId ?? null,
        letterUploadedAt: staged?.uploadedAt ?? null,
        letterFileName: staged?.fileName ?? draft.localLetter?.fileName ?? '',
        organizationName: draft.values.organizationName.trim(),
        programLabel: draft.programLabel || draft.values.needDescription.trim(),
        regionLabel: draft.regionLabel,
        draft: { ...sent, step: REVIEW_STEP },
      });
    } catch {
      // No IndexedDB (a very old browser, storage blocked): the draft stays, try again.
      setSending(false);
      setFailure({ kind: 'server' });
      return;
    }
    clearDraft();
    const sender = createSender(client, {
      onProgress: (done, total) => setSendProgress(total ? Math.round((done / total) * 100) : null),
    });
    // A round already running (started by the signal coming back) may have begun before this
    // request was queued: then a second round takes it.
    let report = navigator.onLine ? await flushQueue(sender) : null;
    if (report && !report.fates[idempotencyKey] && navigator.onLine)
      report = await flushQueue(sender);
    setSending(false);
    setSendProgress(null);
    const fate = report?.fates[idempotencyKey];
    const receipt = report?.sent[idempotencyKey];
    if (fate === 'sent' && receipt) {
      saveReceipt(receipt);
      navigate('/terkirim');
      return;
    }
    if (fate !== 'refused') {
      // No signal, or the server is busy: the request waits on this phone and goes by itself.
      navigate('/permohonan-saya');
      return;
    }
    const item = await takeBack(idempotencyKey);
    const refused = item?.refused ?? { message: t.net.server, issues: [] };
    const mapped: Errors = {};
    let first = REVIEW_STEP;
    for (const issue of refused.issues) {
      const field = issue.path.split('.')[0] ?? '';
      if (field in draft.values) {
        mapped[field as RequestField] ??= issue.message;
        first = Math.min(first, stepOfField(field));
      } else if (field === 'letter' || field === 'letterUploadId') {
        mapped.letter =
          issue.message === 'type'
            ? t.form.letterType
            : issue.message === 'size'
              ? t.form.letterSize
              : t.form.letterExpired;
        first = Math.min(first, LETTER_STEP);
      }
    }
    const restored: RequestDraft = {
      ...(item?.draft ?? sent),
      idempotencyKey,
      step: first,
      letter: mapped.letter ? null : sent.letter,
    };
    if (mapped.letter) {
      restored.localLetter = null;
      await dropDraftLetter();
    }
    saveDraft(restored);
    setDraftState(restored);
    setErrors(mapped);
    setNotice(refused.issues.length > 0 ? t.form.serverRejected : refused.message);
    requestAnimationFrame(() => focusFirstError(formRef.current, Object.keys(mapped)));
  }

  function discard() {
    if (!window.confirm(t.form.discardConfirm)) return;
    clearDraft();
    void dropDraftLetter();
    setDraftState(emptyDraft());
    setErrors({});
    setFailure(null);
  }

  const props: StepProps = { draft, setDraft, set, errors };
  const stepNames = t.form.steps;
  const errorList = Object.entries(errors).filter(([, v]) => v);
  return (
    <>
      <h1>{t.form.title}</h1>
      <ol className="progress" aria-label={t.form.stepOf(draft.step + 1, stepNames.length)}>
        {stepNames.map((name, i) => (
          <li
            key={name}
            aria-current={i === draft.step ? 'step' : undefined}
            className={i < draft.step ? 'done' : undefined}
          >
            <span>{name}</span>
          </li>
        ))}
      </ol>
      {initial.restored && draft.step > 0 ? (
        <p className="note" role="status">
          {t.form.draftRestored}
        </p>
      ) : null}
      <form ref={formRef} onSubmit={next} noValidate className="request-form">
        <h2 ref={headingRef} tabIndex={-1}>
          <span className="muted step-count">
            {t.form.stepOf(draft.step + 1, stepNames.length)}
          </span>{' '}
          {stepNames[draft.step]}
        </h2>
        {notice ? (
          <p className="alert alert-error" role="alert">
            {notice}
          </p>
        ) : null}
        {errorList.length > 1 ? (
          <div className="alert alert-error">
            <p>{t.common.errorSummary}</p>
            <ul>
              {errorList.map(([field, text]) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>
                    {fieldLabel(t, field)}: {text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {draft.step === 0 ? <WhoStep {...props} /> : null}
        {draft.step === 1 ? <WhereStep {...props} /> : null}
        {draft.step === 2 ? <WhatStep {...props} /> : null}
        {draft.step === 3 ? <WhenStep {...props} /> : null}
        {draft.step === LETTER_STEP ? (
          <LetterStep {...props} clearError={() => setErrors({})} setBusy={setBusy} />
        ) : null}
        {draft.step === REVIEW_STEP ? <ReviewStep {...props} onEdit={goTo} /> : null}
        {failure ? <FailureMessage failure={failure} /> : null}
        <div className="form-nav">
          {draft.step > 0 ? (
            <button type="button" className="button-secondary" onClick={() => goTo(draft.step - 1)}>
              {t.common.back}
            </button>
          ) : null}
          <button type="submit" className="button-primary" disabled={sending || busy}>
            {draft.step === REVIEW_STEP
              ? sending
                ? t.form.submitting
                : t.form.submit
              : t.common.next}
          </button>
        </div>
        {sending && sendProgress !== null ? (
          <UploadProgress percent={sendProgress} label={t.form.letterUploading} />
        ) : null}
        {draft.step === REVIEW_STEP ? <p className="hint">{t.form.retryNote}</p> : null}
      </form>
      <p className="hint">{t.form.draftSaved}</p>
      {offlineReady ? (
        <p className="hint" role="status">
          {t.form.offlineReady}
        </p>
      ) : null}
      <p>
        <button type="button" className="link-button" onClick={discard}>
          {t.form.discard}
        </button>
      </p>
    </>
  );
}

function WhoStep({ draft, set, errors }: StepProps) {
  const t = useT();
  const localize = useLocalize();
  const v = draft.values;
  return (
    <>
      <fieldset
        id={fieldId('requesterType')}
        tabIndex={-1}
        className={errors.requesterType ? 'field field-invalid' : 'field'}
        aria-describedby={errors.requesterType ? `${fieldId('requesterType')}-error` : undefined}
      >
        <legend>{t.form.requesterType}</legend>
        <div className="choices">
          {REQUESTER_TYPES.map((type) => (
            <label key={type} className="choice">
              <input
                type="radio"
                name="requesterType"
                value={type}
                checked={v.requesterType === type}
                onChange={() => set('requesterType', type)}
              />
              {localize(REQUESTER_TYPE_LABELS[type])}
            </label>
          ))}
        </div>
        {errors.requesterType ? (
          <p className="error" id={`${fieldId('requesterType')}-error`}>
            {errors.requesterType}
          </p>
        ) : null}
      </fieldset>
      <TextField
        name="organizationName"
        hint={t.form.organizationHint}
        {...{ draft, set, errors }}
      />
      <TextField name="contactName" autoComplete="name" {...{ draft, set, errors }} />
      <TextField
        name="contactPhone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint={t.form.contactPhoneHint}
        {...{ draft, set, errors }}
      />
      <TextField
        name="contactEmail"
        type="email"
        autoComplete="email"
        optional
        {...{ draft, set, errors }}
      />
    </>
  );
}

const LABEL_KEYS = {
  organizationName: 'organizationName',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  address: 'address',
  venueDetails: 'venueDetails',
  needDescription: 'needDescription',
  participantsExpected: 'participantsExpected',
  participantProfile: 'participantProfile',
  preferredStart: 'preferredStart',
  preferredEnd: 'preferredEnd',
  note: 'note',
} as const;

function TextField({
  name,
  draft,
  set,
  errors,
  hint,
  optional,
  type = 'text',
  multiline,
  ...rest
}: Pick<StepProps, 'draft' | 'set' | 'errors'> & {
  name: keyof typeof LABEL_KEYS;
  hint?: string;
  optional?: boolean;
  type?: string;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'tel' | 'numeric' | 'decimal' | 'email' | 'text';
  min?: string;
}) {
  const t = useT();
  return (
    <Field
      name={name}
      label={t.form[LABEL_KEYS[name]]}
      hint={hint}
      error={errors[name]}
      optional={optional ?? false}
    >
      {(p) =>
        multiline ? (
          <textarea
            {...p}
            rows={3}
            value={draft.values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        ) : (
          <input
            {...p}
            {...rest}
            type={type}
            value={draft.values[name]}
            onChange={(e) => set(name, e.target.value)}
          />
        )
      }
    </Field>
  );
}

function RegionSelect({
  name,
  label,
  parentCode,
  value,
  disabledText,
  error,
  onPick,
}: {
  name: string;
  label: string;
  parentCode: string | null;
  value: string;
  disabledText?: string;
  error?: string | undefined;
  onPick: (code: string, name: string) => void;
}) {
  const t = useT();
  const paused = parentCode === '';
  const [{ data, fetching, error: failed }, refetch] = useQuery({
    query: RegionsQuery,
    variables: { parentCode },
    pause: paused,
  });
  return (
    <Field name={name} label={label} error={error}>
      {(p) => (
        <>
          <select
            {...p}
            value={value}
            disabled={paused}
            aria-busy={fetching}
            onChange={(e) => {
              const option = e.target.selectedOptions[0];
              onPick(e.target.value, option?.textContent ?? '');
            }}
          >
            <option value="">
              {paused ? disabledText : fetching ? t.net.loading : t.form.choose}
            </option>
            {data?.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          {failed && !data ? (
            <FailureMessage
              failure={failureOf(failed)}
              onRetry={() => refetch({ requestPolicy: 'network-only' })}
            />
          ) : null}
        </>
      )}
    </Field>
  );
}

function WhereStep({ draft, setDraft, set, errors }: StepProps) {
  const t = useT();
  const names = useRef<{ kab: string; kec: string }>({ kab: '', kec: '' });
  return (
    <>
      <RegionSelect
        name="kabupaten"
        label={t.form.kabupaten}
        parentCode={null}
        value={draft.kabupaten}
        onPick={(code, name) => {
          names.current.kab = name;
          setDraft((d) => ({
            ...d,
            kabupaten: code,
            kecamatan: '',
            regionLabel: '',
            values: { ...d.values, regionCode: '' },
          }));
        }}
      />
      <RegionSelect
        name="kecamatan"
        label={t.form.kecamatan}
        parentCode={draft.kabupaten}
        value={draft.kecamatan}
        disabledText={t.form.chooseKabupatenFirst}
        onPick={(code, name) => {
          names.current.kec = name;
          setDraft((d) => ({
            ...d,
            kecamatan: code,
            regionLabel: '',
            values: { ...d.values, regionCode: '' },
          }));
        }}
      />
      <RegionSelect
        name="regionCode"
        label={t.form.desa}
        parentCode={draft.kecamatan}
        value={draft.values.regionCode}
        disabledText={t.form.chooseKecamatanFirst}
        error={errors.regionCode}
        onPick={(code, name) => {
          set('regionCode', code);
          const parts = [name, names.current.kec, names.current.kab].filter(Boolean);
          setDraft((d) => ({ ...d, regionLabel: code ? parts.join(', ') : '' }));
        }}
      />
      <TextField name="address" autoComplete="street-address" {...{ draft, set, errors }} />
      <TextField
        name="venueDetails"
        hint={t.form.venueHint}
        optional
        multiline
        {...{ draft, set, errors }}
      />
    </>
  );
}

function WhatStep({ draft, setDraft, set, errors }: StepProps) {
  const t = useT();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgramsQuery });
  const programs = data?.programs.edges.map((e) => e.node) ?? [];
  // A programme chosen on the catalogue page arrives as an id; name it once the list is here.
  useEffect(() => {
    if (!draft.values.programId || draft.programLabel) return;
    const found = programs.find((p) => p.id === draft.values.programId);
    if (found) setDraft((d) => ({ ...d, programLabel: found.name }));
  }, [programs, draft.values.programId, draft.programLabel, setDraft]);
  return (
    <>
      <Field name="programId" label={t.form.programId} error={errors.programId}>
        {(p) => (
          <select
            {...p}
            value={draft.values.programId}
            aria-busy={fetching}
            onChange={(e) => {
              set('programId', e.target.value);
              const label = e.target.value ? (e.target.selectedOptions[0]?.textContent ?? '') : '';
              setDraft((d) => ({ ...d, programLabel: label }));
            }}
          >
            <option value="">{fetching ? t.net.loading : t.form.noProgram}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && !data ? (
        <FailureMessage
          failure={failureOf(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <TextField
        name="needDescription"
        hint={t.form.needHint}
        multiline
        optional={Boolean(draft.values.programId)}
        {...{ draft, set, errors }}
      />
      <TextField name="participantsExpected" inputMode="numeric" {...{ draft, set, errors }} />
      <TextField
        name="participantProfile"
        hint={t.form.participantProfileHint}
        multiline
        optional
        {...{ draft, set, errors }}
      />
    </>
  );
}

function WhenStep({ draft, set, errors }: StepProps) {
  const t = useT();
  // The office's day (WIB), not UTC's: before 07:00 WIB UTC is still on yesterday.
  const today = toJakartaDate(new Date());
  return (
    <>
      <p className="hint">{t.form.windowHint}</p>
      <TextField name="preferredStart" type="date" min={today} {...{ draft, set, errors }} />
      <TextField
        name="preferredEnd"
        type="date"
        min={draft.values.preferredStart || today}
        {...{ draft, set, errors }}
      />
      <TextField name="note" multiline optional {...{ draft, set, errors }} />
    </>
  );
}

/** A progress bar with its percentage in words, announced politely to screen readers. */
function UploadProgress({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="upload-progress" role="status">
      <label>
        {label} {percent}%
        <progress max={100} value={percent} />
      </label>
    </div>
  );
}

type LetterPhase = 'idle' | 'compressing' | 'uploading';

function LetterStep({
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
          const { compressPhoto } = await import('./compress');
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

function ReviewStep({
  draft,
  set,
  errors,
  onEdit,
}: StepProps & { onEdit: (step: number) => void }) {
  const t = useT();
  const { lang } = useLang();
  const localize = useLocalize();
  const v = draft.values;
  const type = REQUESTER_TYPES.find((r) => r === v.requesterType);
  const rows: [number, string, string][] = [
    [0, t.form.requesterType, type ? localize(REQUESTER_TYPE_LABELS[type]) : ''],
    [0, t.form.organizationName, v.organizationName],
    [0, t.form.contactName, v.contactName],
    [0, t.form.contactPhone, v.contactPhone],
    [0, t.form.contactEmail, v.contactEmail],
    [1, t.form.desa, draft.regionLabel || v.regionCode],
    [1, t.form.address, v.address],
    [1, t.form.venueDetails, v.venueDetails],
    [2, t.form.programId, draft.programLabel || (v.programId ? v.programId : t.form.noProgram)],
    [2, t.form.needDescription, v.needDescription],
    [2, t.form.participantsExpected, v.participantsExpected],
    [2, t.form.participantProfile, v.participantProfile],
    [3, t.form.preferredStart, v.preferredStart ? formatDate(v.preferredStart, lang) : ''],
    [3, t.form.preferredEnd, v.preferredEnd ? formatDate(v.preferredEnd, lang) : ''],
    [3, t.form.note, v.note],
    [LETTER_STEP, t.form.letter, draft.letter?.fileName ?? draft.localLetter?.fileName ?? ''],
  ];
  return (
    <>
      <p>{t.form.reviewIntro}</p>
      {[0, 1, 2, 3, LETTER_STEP].map((step) => (
        <section key={step} className="review-group">
          <h3>
            {t.form.steps[step]}{' '}
            <button type="button" className="link-button" onClick={() => onEdit(step)}>
              {t.common.edit}
              <span className="visually-hidden"> {t.form.steps[step]}</span>
            </button>
          </h3>
          <dl className="facts">
            {rows
              .filter(([s, , value]) => s === step && value.trim() !== '')
              .map(([, label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <ConsentField
        checked={draft.values.privacyConsent === 'true'}
        set={set}
        error={errors.privacyConsent}
      />
    </>
  );
}

/** The consent line (UU 27/2022), required by the shared schema before the request is sent. */
function ConsentField({
  checked,
  set,
  error,
}: {
  checked: boolean;
  set: StepProps['set'];
  error: string | undefined;
}) {
  const t = useT();
  const id = fieldId('privacyConsent');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <p>
        <Link href="/privasi" target="_blank">
          {t.form.privacyLink}
        </Link>
      </p>
      <label htmlFor={id} className="checkbox">
        <input
          id={id}
          name="privacyConsent"
          type="checkbox"
          checked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => set('privacyConsent', e.target.checked ? 'true' : '')}
        />{' '}
        {t.form.privacyConsent}
      </label>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
