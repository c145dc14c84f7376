import type { ReactNode } from 'react';
import { useT } from '../i18n/lang';

/** Field ids are the input names, so an error path ("contactPhone") finds its input. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A labelled field with its hint and its error message right beside it. */
export function Field({ name, label, hint, error, optional, children }: FieldProps) {
  const t = useT();
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label} {optional ? <span className="optional">{t.common.optional}</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Moves focus to the first invalid field (in form order) after a failed check. */
export function focusFirstError(form: HTMLElement | null, names: readonly string[]) {
  if (!form) return;
  const ids = new Set(names.map(fieldId));
  const target = [...form.querySelectorAll<HTMLElement>('input, select, textarea, fieldset')].find(
    (el) => ids.has(el.id),
  );
  target?.focus();
}

/** A button that copies a value and says so. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button-small no-print"
      aria-label={`${t.common.copy} ${label}`}
      onClick={(e) => {
        const button = e.currentTarget;
        void navigator.clipboard?.writeText(value).then(() => {
          button.textContent = t.common.copied;
          setTimeout(() => {
            button.textContent = t.common.copy;
          }, 2000);
        });
      }}
    >
      {t.common.copy}
    </button>
  );
}
