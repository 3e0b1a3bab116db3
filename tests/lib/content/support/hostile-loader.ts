import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { LoadAnswer, LoadRequest } from './load-worker';

export type BoundedAnswer = LoadAnswer | { outcome: 'hung'; after: number };

const WORKER = path.join(import.meta.dirname, 'load-worker.ts');

/**
 * One child process that loads content roots on request, each load bounded by a timeout.
 * A load that runs past it is a hang: the process is killed (the only way to stop a
 * synchronous parse) and the next load starts a fresh one.
 */
export class BoundedLoader {
  private worker: ChildProcess | undefined;

  async load(request: LoadRequest, timeoutMs: number): Promise<BoundedAnswer> {
    const worker = (this.worker ??= fork(WORKER, {
      execArgv: ['--import', 'tsx'],
    }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanUp();
        this.worker = undefined;
        worker.kill('SIGKILL');
        resolve({ outcome: 'hung', after: timeoutMs });
      }, timeoutMs);
      const onMessage = (answer: LoadAnswer) => {
        cleanUp();
        resolve(answer);
      };
      const onError = (error: Error) => {
        cleanUp();
        this.worker = undefined;
        reject(error);
      };
      // A process that dies (out of memory, say) is a crash of the load, not of the test.
      const onExit = (code: number | null, signal: string | null) => {
        cleanUp();
        this.worker = undefined;
        resolve({ outcome: 'crashed', error: `the loading process died (exit code ${code}, signal ${signal})` });
      };
      const cleanUp = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.send(request);
    });
  }

  close(): void {
    this.worker?.kill('SIGKILL');
    this.worker = undefined;
  }
}
