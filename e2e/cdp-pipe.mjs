// A very small Chrome DevTools Protocol client over --remote-debugging-pipe,
// for engines Playwright cannot drive (Chromium 80: no
// Browser.setDownloadBehavior) and where --dump-dom returns at the load
// event. Messages are JSON separated by a NUL byte on fds 3 (to the
// browser) and 4 (from it).
import { spawn } from 'node:child_process';

/** The browser process ended while a command waited. */
export class BrowserExited extends Error {}

export async function openPipeBrowser(executable, args) {
  const proc = spawn(executable, [...args, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toBrowser, fromBrowser] = [proc.stdio[3], proc.stdio[4]];
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.method) for (const l of listeners) if (l.method === message.method) l.fn(message.params);
      const waiter = message.id && pending.get(message.id);
      if (waiter) {
        pending.delete(message.id);
        if (message.error) waiter.fail(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.ok(message.result);
      }
    }
  });
  // A browser that dies fails what waits on it (a pipe closed for good
  // would otherwise leave the test waiting on nothing).
  let died = null;
  const exited = new Promise((ok) => proc.on('exit', (code, signal) => {
    died = new BrowserExited(`the browser exited (${signal ?? `code ${code}`})`);
    for (const waiter of pending.values()) waiter.fail(died);
    pending.clear();
    ok();
  }));
  /** Sends a command (to a session, if given) and waits for its result. */
  const send = (method, params = {}, sessionId) => new Promise((ok, fail) => {
    if (died) return fail(died);
    const id = nextId++;
    pending.set(id, { ok, fail, method });
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
  });
  /** A new page, attached (flattened session). */
  const page = async () => {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const evaluate = async (expression) => {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    };
    return {
      sessionId,
      send: (method, params) => send(method, params, sessionId),
      navigate: (url) => send('Page.navigate', { url }, sessionId),
      evaluate,
      /** Waits until `expression` is truthy (polling), or throws after `timeout` ms. */
      async waitFor(expression, timeout = 20000) {
        const until = Date.now() + timeout;
        for (;;) {
          // Not yet there (or the page between documents); a browser gone
          // is an answer.
          const value = await evaluate(expression).catch((e) => {
            if (e instanceof BrowserExited) throw e;
          });
          if (value) return value;
          if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
          await new Promise((ok) => setTimeout(ok, 100));
        }
      },
    };
  };
  const close = async () => {
    await send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 3000))]);
    if (proc.exitCode === null) proc.kill();
  };
  /** Calls `fn(params)` on every event `method` (of any session). */
  const on = (method, fn) => listeners.push({ method, fn });
  return { send, on, page, close };
}
