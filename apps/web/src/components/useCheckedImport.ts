import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { UploadProgress } from '../api/client.ts';
import { useUploadProgress } from './useUploadProgress.ts';

/**
 * The two steps of an Excel import on one file: a dry run (commit=false) whose answer is shown
 * row by row, then — only when every row is valid — the real import (commit=true). `check` and
 * `save` are two instances of the same import mutation, so each step keeps its own error. While a
 * step runs, `upload` says how far the file has gone up (then the server reads it).
 */
export function useCheckedImport<
  R extends { committed: boolean },
  V extends { commit: boolean; onUploadProgress?: UploadProgress },
>(check: UseMutationResult<R, Error, V>, save: UseMutationResult<R, Error, V>) {
  const [preview, setPreview] = useState<R | null>(null);
  const progress = useUploadProgress();
  return {
    preview,
    upload: progress.transfer,
    checking: check.isPending,
    saving: save.isPending,
    busy: check.isPending || save.isPending,
    error: check.error ?? save.error,
    /** A new file (or other choice) to check; null clears the preview. */
    run(variables: Omit<V, 'commit'> | null) {
      setPreview(null);
      save.reset();
      if (!variables) return check.reset();
      progress.start();
      check.mutate({ ...variables, commit: false, onUploadProgress: progress.onUploadProgress } as V, {
        onSuccess: setPreview,
      });
    },
    /** Saves every row; a file found wrong on saving shows its rows again instead. */
    commit(variables: Omit<V, 'commit'>, onDone: (result: R) => void) {
      progress.start();
      save.mutate({ ...variables, commit: true, onUploadProgress: progress.onUploadProgress } as V, {
        onSuccess: (result) => (result.committed ? onDone(result) : setPreview(result)),
      });
    },
  };
}
