import { FailureMessage } from '../components/feedback-message';
import { fieldId } from '../components/fields';
import { useT } from '../i18n/lang';
import { fieldLabel, LETTER_STEP, REVIEW_STEP, type StepProps, UploadProgress } from './form-parts';
import { LetterStep } from './form-steps/letter-step';
import { ReviewStep } from './form-steps/review-step';
import { WhatStep } from './form-steps/what-step';
import { WhenStep } from './form-steps/when-step';
import { WhereStep } from './form-steps/where-step';
import { WhoStep } from './form-steps/who-step';
import { useRequestForm } from './use-request-form';

export default function RequestPage() {
  const t = useT();
  const form = useRequestForm();
  const props: StepProps = {
    draft: form.draft,
    setDraft: form.setDraft,
    set: form.set,
    errors: form.errors,
  };
  const stepNames = t.form.steps;
  const errorList = Object.entries(form.errors).filter(([, v]) => v);
  return (
    <>
      <h1>{t.form.title}</h1>
      <ol className="progress" aria-label={t.form.stepOf(form.draft.step + 1, stepNames.length)}>
        {stepNames.map((name, i) => (
          <li
            key={name}
            aria-current={i === form.draft.step ? 'step' : undefined}
            className={i < form.draft.step ? 'done' : undefined}
          >
            <span>{name}</span>
          </li>
        ))}
      </ol>
      {form.initial.restored && form.draft.step > 0 ? (
        <p className="note" role="status">
          {t.form.draftRestored}
        </p>
      ) : null}
      <form ref={form.formRef} onSubmit={form.next} noValidate className="request-form">
        <h2 ref={form.headingRef} tabIndex={-1}>
          <span className="muted step-count">
            {t.form.stepOf(form.draft.step + 1, stepNames.length)}
          </span>{' '}
          {stepNames[form.draft.step]}
        </h2>
        {form.notice ? (
          <p className="alert alert-error" role="alert">
            {form.notice}
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
        {form.draft.step === 0 ? <WhoStep {...props} /> : null}
        {form.draft.step === 1 ? <WhereStep {...props} /> : null}
        {form.draft.step === 2 ? <WhatStep {...props} /> : null}
        {form.draft.step === 3 ? <WhenStep {...props} /> : null}
        {form.draft.step === LETTER_STEP ? (
          <LetterStep {...props} clearError={() => form.setErrors({})} setBusy={form.setBusy} />
        ) : null}
        {form.draft.step === REVIEW_STEP ? <ReviewStep {...props} onEdit={form.goTo} /> : null}
        {form.failure ? <FailureMessage failure={form.failure} /> : null}
        <div className="form-nav">
          {form.draft.step > 0 ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => form.goTo(form.draft.step - 1)}
            >
              {t.common.back}
            </button>
          ) : null}
          <button type="submit" className="button-primary" disabled={form.sending || form.busy}>
            {form.draft.step === REVIEW_STEP
              ? form.sending
                ? t.form.submitting
                : t.form.submit
              : t.common.next}
          </button>
        </div>
        {form.sending && form.sendProgress !== null ? (
          <UploadProgress percent={form.sendProgress} label={t.form.letterUploading} />
        ) : null}
        {form.draft.step === REVIEW_STEP ? <p className="hint">{t.form.retryNote}</p> : null}
      </form>
      <p className="hint">{t.form.draftSaved}</p>
      {form.offlineReady ? (
        <p className="hint" role="status">
          {t.form.offlineReady}
        </p>
      ) : null}
      <p>
        <button type="button" className="link-button" onClick={form.discard}>
          {t.form.discard}
        </button>
      </p>
    </>
  );
}
