import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../api/errors.ts';

export type FieldErrors<V> = Partial<Record<keyof V, string>>;

/**
 * A form's values with their errors: the client's own checks first, then the server's
 * per-field problems from the last failed submit. Editing a field clears its client error.
 */
export function useFormFields<V extends object>(
  initial: V,
  serverError: unknown,
  validate: (values: V) => FieldErrors<V>,
  onSubmit: (values: V) => void,
) {
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors<V>>({});
  const serverErrors = fieldErrors(serverError) as FieldErrors<V>;

  const set = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate(values);
    setClientErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    onSubmit(values);
  };

  return { values, set, submit, errorOf: (field: keyof V) => clientErrors[field] ?? serverErrors[field] };
}
