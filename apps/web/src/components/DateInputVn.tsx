import { TextInput, type TextInputProps } from '@mantine/core';
import { isWithinDateBounds } from '@tongket/domain';
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { formatDateDigits, parseDateVn } from './dateVn.ts';

export interface DateInputVnProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The text as shown, dd/mm/yyyy. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * browser's locale and may show mm/dd/yyyy). Slashes are inserted as digits are typed.
 */
export function DateInputVn({ value, onChange, ...rest }: DateInputVnProps) {
  const t = useT();
  const [touched, setTouched] = useState(false);
  const parsed = touched && value.length > 0 ? parseDateVn(value) : undefined;
  const invalid = parsed === null;
  // The range the server takes (1900–2100), told on leaving the field rather than after saving.
  const outOfRange = typeof parsed === 'string' && !isWithinDateBounds(parsed);
  return (
    <TextInput
      {...rest}
      value={value}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      onChange={(e) => {
        setTouched(false);
        onChange(formatDateDigits(e.currentTarget.value));
      }}
      onBlur={() => setTouched(true)}
      error={invalid ? t('common.invalidDate') : outOfRange ? t('common.dateOutOfRange') : rest.error}
    />
  );
}
