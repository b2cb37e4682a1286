import { Button, type ButtonProps, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { type UseDownloadOptions, useDownload } from './useDownload.ts';

export interface DownloadButtonProps extends ButtonProps, UseDownloadOptions {
  url: string;
  /** The name to save under when the server gives none. */
  fileName: string;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A button that fetches a generated file and saves it. While the file comes it says so ("Đang
 * tải… 45%", or the seconds so far when the size is not known) and cannot be pressed twice; a
 * refusal shows the server's words instead of saving an error page as the file.
 */
export function DownloadButton({
  url,
  fileName,
  children,
  leftSection,
  onError,
  disabled,
  ...button
}: DownloadButtonProps) {
  const download = useDownload({ onError });
  return (
    <Button
      variant="default"
      {...button}
      leftSection={download.pending ? <Loader size={14} /> : leftSection}
      disabled={disabled || download.pending}
      aria-busy={download.pending}
      onClick={() => void download.run(url, fileName)}
    >
      {download.label ?? children}
    </Button>
  );
}
