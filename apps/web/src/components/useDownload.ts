import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorMessage } from '../api/errors.ts';
import { useT } from '../i18n/useT.ts';
import { downloadFile } from './downloadFile.ts';
import { downloadLabel, percentOf, type Transfer } from './transferProgress.ts';

interface Running {
  /** Which of several files is coming (its address unless the caller names it). */
  key: string;
  startedAt: number;
  transfer: Transfer | null;
}

export interface UseDownloadOptions {
  /** Where a failure is shown; by default a red notice with the server's words. */
  onError?: (error: unknown) => void;
}

/**
 * One download at a time for a button or a menu: while the file comes, `pending` and `label`
 * ("Đang tải… 45%" when the server gives the size, else "Đang tải… 12 giây"); a refusal or a
 * dropped connection shows a Vietnamese notice instead of saving an error page as the file.
 */
export function useDownload(options: UseDownloadOptions = {}) {
  const t = useT();
  const message = useErrorMessage();
  const [running, setRunning] = useState<Running | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const busy = useRef(false);
  const onError = useRef(options.onError);
  onError.current = options.onError;

  // The seconds count while a file without a known size comes.
  const pending = running !== null;
  useEffect(() => {
    if (!pending) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [pending]);

  const run = useCallback(
    async (url: string, fileName: string, key: string = url): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setRunning({ key, startedAt: Date.now(), transfer: null });
      let shown: number | null = null;
      try {
        await downloadFile(url, fileName, (transfer) => {
          // Redrawn when the percent moves, not on every piece of the file.
          const percent = percentOf(transfer);
          if (percent === shown) return;
          shown = percent;
          setRunning((r) => r && { ...r, transfer });
        });
        return true;
      } catch (error) {
        if (onError.current) onError.current(error);
        else
          notifications.show({
            color: 'red',
            title: t('download.failed'),
            message: message(error),
            autoClose: 12_000,
          });
        return false;
      } finally {
        busy.current = false;
        setRunning(null);
      }
    },
    [message, t],
  );

  const label = running ? downloadLabel(running.transfer, now - running.startedAt) : null;
  return {
    run,
    pending,
    /** The key of the file coming, to mark the one button of several that is busy. */
    pendingKey: running?.key ?? null,
    /** What the busy button says, null while idle. */
    label: label ? t(label.key, label.values) : null,
  };
}
