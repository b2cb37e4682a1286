import { Button, Group, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './ExcelFilePicker.module.css';

export interface ExcelFilePickerProps {
  /** "Chọn tệp Excel": the button, and the input's name for screen readers and tests. */
  label: string;
  file: File | null;
  disabled: boolean;
  onChoose: (file: File | null) => void;
  /** Shown after the file's name, e.g. the template to download. */
  children?: ReactNode;
}

/** The .xlsx to import: a button that opens the file chooser, then the chosen file's name. */
export function ExcelFilePicker({ label, file, disabled, onChoose, children }: ExcelFilePickerProps) {
  const inputId = useId();
  return (
    <Group gap="sm">
      <input
        id={inputId}
        className={classes.fileInput}
        type="file"
        accept=".xlsx"
        disabled={disabled}
        aria-label={label}
        // Clearing first lets the same file be chosen again after fixing it.
        onClick={(e) => {
          e.currentTarget.value = '';
        }}
        onChange={(e) => onChoose(e.currentTarget.files?.[0] ?? null)}
      />
      <Button
        component="label"
        htmlFor={inputId}
        variant="light"
        leftSection={<IconFileSpreadsheet size={18} />}
        disabled={disabled}
      >
        {label}
      </Button>
      {file && (
        <Text size="sm" fw={500}>
          {file.name}
        </Text>
      )}
      {children}
    </Group>
  );
}
