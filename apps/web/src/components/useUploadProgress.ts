import { useCallback, useRef, useState } from 'react';
import type { UploadProgress } from '../api/client.ts';
import { percentOf, type Transfer } from './transferProgress.ts';

/**
 * How far the file being sent has gone: `onUploadProgress` goes to the request, `transfer` to the
 * screen (redrawn when the percent moves); `start` clears it for the next file.
 */
export function useUploadProgress() {
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const shown = useRef<number | null>(null);
  const onUploadProgress: UploadProgress = useCallback((sent, total) => {
    const next = { loaded: sent, total: total > 0 ? total : null };
    const percent = percentOf(next);
    if (percent !== null && percent === shown.current) return;
    shown.current = percent;
    setTransfer(next);
  }, []);
  const start = useCallback(() => {
    shown.current = null;
    setTransfer(null);
  }, []);
  return { transfer, onUploadProgress, start };
}
