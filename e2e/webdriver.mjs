// A small W3C WebDriver client (geckodriver), enough for the Firefox journeys:
// sessions, navigation, elements, clicks, typing and scripts. Plain fetch.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Driver {
  static async start(geckodriver) {
    const port = await freePort();
    const proc = spawn(geckodriver, ['--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(`${base}/status`)).ok) return new Driver(base, proc); } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill();
    throw new Error('geckodriver did not start');
  }

  constructor(base, proc) { this.base = base; this.proc = proc; }

  async cmd(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  /** A Firefox session on `profileDir` (so storage survives a restart). */
  async session({ firefox, profileDir, downloadDir }) {
    const value = await this.cmd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'firefox', 'moz:firefoxOptions': {
        binary: firefox, args: ['-headless', '-profile', profileDir],
        prefs: {
          'browser.download.folderList': 2, 'browser.download.dir': downloadDir,
          'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/plain,text/markdown',
        },
      } } },
    });
    return new Session(this, value.sessionId, value.capabilities);
  }

  stop() { this.proc.kill(); }
}

export class Session {
  constructor(driver, id, capabilities) { this.driver = driver; this.id = id; this.capabilities = capabilities; }
  cmd(method, path, body) { return this.driver.cmd(method, `/session/${this.id}${path}`, body); }
  goto(url) { return this.cmd('POST', '/url', { url }); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  quit() { return this.cmd('DELETE', ''); }
  script(source, ...args) { return this.cmd('POST', '/execute/sync', { script: source, args }); }

  async waitFor(source, timeout = 15000, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.script(source, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for: ${source}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async find(css) {
    const value = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return value[ELEMENT];
  }

  /** The first button whose text is `text`, as a WebDriver element id. */
  async button(text) {
    const el = await this.waitFor(`return [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0]) || null;`, 15000, text);
    return el[ELEMENT];
  }

  /** Clicks like a person: the element brought to the middle of the screen
   * first, so the page's sticky header never covers it. */
  async click(element) {
    await this.script('arguments[0].scrollIntoView({ block: "center" });', { [ELEMENT]: element });
    return this.cmd('POST', `/element/${element}/click`, {});
  }
  type(element, text) { return this.cmd('POST', `/element/${element}/value`, { text }); }
}
