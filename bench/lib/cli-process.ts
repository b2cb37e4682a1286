import { spawn } from 'node:child_process';
import type { ChildRun } from './server-process.ts';

/** `npm run cli -- …` in its own process, as an operator (or the scheduled backups) runs it. */
export interface CliProcess extends ChildRun {
  /** Everything it has written so far, stdout and stderr together. */
  output(): string;
  /** Resolves true once the output matches, false if the process ends first. */
  waitFor(pattern: RegExp): Promise<boolean>;
}

export function startCli(repoRoot: string, args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`npm run cli -- ${args.join(' ')} could not be spawned`);
  let out = '';
  const listeners = new Set<() => void>();
  const take = (chunk: string) => {
    out += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout.setEncoding('utf8').on('data', take);
  child.stderr.setEncoding('utf8').on('data', take);
  const exited = new Promise<number | string>((resolve) =>
    child.once('close', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    pid: child.pid,
    exited,
    output: () => out,
    waitFor: (pattern) =>
      new Promise<boolean>((resolve) => {
        const check = () => {
          if (pattern.test(out)) {
            listeners.delete(check);
            resolve(true);
          }
        };
        listeners.add(check);
        check();
        void exited.then(() => {
          listeners.delete(check);
          resolve(pattern.test(out));
        });
      }),
  };
}
