/**
 * Form fields that carry their label, hint and error: the control gets `aria-describedby`
 * pointing at both, and `aria-invalid` while the API reports a problem with it.
 */
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (props: ControlProps) => ReactNode;
}

/** A labelled control with its optional hint and error message. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const props: ControlProps = { id };
  if (described) props['aria-describedby'] = described;
  if (error) props['aria-invalid'] = true;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children(props)}
    </div>
  );
}

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Lays the choices out in columns, for long lists whose labels differ in length. */
  columns?: boolean;
  children: ReactNode;
}

/** A group of checkboxes or radios with a legend, hint and error. */
export function Fieldset({ id, legend, hint, error, columns = false, children }: FieldsetProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={described || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className={columns ? 'choices choices-columns' : 'choices'}>{children}</div>
    </fieldset>
  );
}
