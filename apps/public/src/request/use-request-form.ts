import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { focusFirstError } from '../components/fields';
import { useLang, useT } from '../i18n/lang';
import type { Failure } from '../lib/errors';
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
import { type Errors, LETTER_STEP, ProgramsQuery, REVIEW_STEP, RegionsQuery } from './form-parts';
import { dropDraftLetter, flushQueue, queueRequest, takeBack } from './outbox';
import { createSender } from './sender';
import { stepOfField } from './steps';
import { letterExpired } from './upload';
import { formWarmedRecently, warmFormLists } from './warm';

// The shared zod schema is the form's heaviest part: it loads right after the first paint, while
// the requester reads and types, so the form shows sooner on a weak connection.
let validation: Promise<typeof import('./validate')> | null = null;
export function loadValidation() {
  validation ??= import('./validate');
  return validation;
}

/** The draft from the device, with `?program=<id>` from a program page applied. */
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

/**
 * The request form's state: the draft (kept on the device at every keystroke), its field
 * messages, the step shown, and sending through the device's queue. The page renders it.
 */
export function useRequestForm() {
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

  return {
    initial,
    draft,
    setDraft,
    set,
    errors,
    setErrors,
    failure,
    notice,
    sending,
    sendProgress,
    busy,
    setBusy,
    offlineReady,
    formRef,
    headingRef,
    goTo,
    next,
    discard,
  };
}
