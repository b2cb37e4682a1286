import { TextInput, type TextInputProps } from '@mantine/core';
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
  const invalid = touched && value.length > 0 && parseDateVn(value) === null;
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
      error={invalid ? t('common.invalidDate') : rest.error}
    />
  );
}
