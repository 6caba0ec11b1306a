/**
 * The mock Gemini API in a process of its own, for timings: in the bench's process its answers
 * wait behind Puppeteer's protocol traffic on the same event loop, which adds milliseconds of
 * jitter to exactly what the key-test overhead compares. Run as a script, it serves and reports
 * its port over IPC; imported, startMockGeminiProcess() starts it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockGemini } from './server';

export async function startMockGeminiProcess(): Promise<{ port: number; close(): Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`The mock API process ${why}.`));
    };
    // A child that never says its port must not hang the bench.
    const timer = setTimeout(() => fail('did not start serving within 30 s'), 30_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(Number(message));
    });
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code) => fail(`exited (${code}) before serving`));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const mock = await startMockGemini();
  process.send(mock.port);
  // Ends with the bench: when it closes the channel or exits.
  process.on('disconnect', () => void mock.close().then(() => process.exit(0)));
}
