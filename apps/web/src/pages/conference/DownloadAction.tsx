import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useErrorMessage } from '../../api/errors.ts';
import { downloadFile } from '../../components/downloadFile.ts';

export interface DownloadActionProps extends ButtonProps {
  url: string;
  /** The name to save under when the server gives none. */
  fileName: string;
  children: ReactNode;
}

/**
 * A button that fetches a generated file and saves it; a refusal shows the server's words instead
 * of saving an error page as the file.
 */
export function DownloadAction({ url, fileName, children, ...button }: DownloadActionProps) {
  const message = useErrorMessage();
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      await downloadFile(url, fileName);
    } catch (error) {
      notifications.show({ color: 'red', message: message(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="default" {...button} loading={pending} onClick={() => void run()}>
      {children}
    </Button>
  );
}
