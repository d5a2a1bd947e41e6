import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';

/** What a trapped page gave away. Every list is empty when hostile content stayed inert. */
export interface Caught {
  /** Messages of dialogs the page opened (each dismissed). */
  dialogs: string[];
  /** Calls to the usual payload sinks (alert, confirm, prompt, print, open) and Content-Security-Policy violations. */
  ran: string[];
  /** Requests to any address not allowed. */
  requests: string[];
  /** Scripts the page compiled itself (inline, handler, external); only for pages armed with `{ scripts: true }`. */
  scripts: string[];
}

export interface Trap {
  /** Lets requests to addresses starting with `prefix` through the record (the app's host, a served export). */
  allow(prefix: string): void;
  /** Arms a page before it loads; `scripts` also records every script it compiles (for documents that should have none). */
  arm(page: Page, options?: { scripts?: boolean }): Promise<void>;
  /** What `page` gave away so far, and every request off the allowed addresses in the whole context. */
  caught(page: Page): Promise<Caught>;
}

const TRAP_SOURCE = 'parallax-trap.js';

// Runs before any script of the page. The sinks become recorders, so a payload that gets to run
// leaves a trace instead of a dialog; a blocked script or resource leaves its CSP violation.
const INIT_SCRIPT = `(() => {
  const ran = (window.__parallaxTrap = []);
  const record = (name) => function () { ran.push(name); };
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = record(name);
  document.addEventListener('securitypolicyviolation', (event) => ran.push('csp ' + event.effectiveDirective + ' ' + event.blockedURI), true);
})();
//# sourceURL=${TRAP_SOURCE}`;

/**
 * A trap for hostile content in Chromium: dialogs, calls to the payload sinks, CSP violations,
 * requests to anywhere not allowed and, where asked, any script the page compiles.
 */
export function setTrap(context: BrowserContext): Trap {
  const allowed: string[] = [];
  const requests: string[] = [];
  const dialogs = new Map<Page, string[]>();
  const scripts = new Map<Page, string[]>();
  context.on('request', (request) => {
    const url = request.url();
    if (!allowed.some((prefix) => url.startsWith(prefix))) requests.push(url);
  });
  return {
    allow(prefix) {
      allowed.push(prefix);
    },
    async arm(page, options = {}) {
      const shown: string[] = [];
      dialogs.set(page, shown);
      page.on('dialog', (dialog) => {
        shown.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(INIT_SCRIPT);
      if (options.scripts) scripts.set(page, await watchScripts(page));
    },
    async caught(page) {
      const ran = await page.evaluate(() => (window as unknown as { __parallaxTrap?: string[] }).__parallaxTrap ?? ['trap missing']);
      return { dialogs: dialogs.get(page) ?? [], ran, requests: [...requests], scripts: scripts.get(page) ?? [] };
    },
  };
}

/**
 * Records the scripts the page's own document compiles: in its main world, with an address (the
 * page's for inline scripts and event handlers). The trap's script and Playwright's evaluations
 * (no address, or an isolated world) are not the page's.
 */
async function watchScripts(page: Page): Promise<string[]> {
  const compiled: string[] = [];
  const cdp: CDPSession = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (event) => {
    const world = event.executionContextAuxData as { isDefault?: boolean } | undefined;
    if (world?.isDefault && event.url && event.url !== TRAP_SOURCE) compiled.push(`${event.url} (${event.length ?? 0} characters)`);
  });
  await cdp.send('Debugger.enable');
  return compiled;
}

/**
 * Markup in `region` that hostile text could have smuggled in: active or embedding elements, event
 * handler attributes, links anywhere but to the web or the same page. Empty when the region shows text only.
 */
export function injectedMarkup(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const active = 'script, iframe, frame, object, embed, img, image, svg, math, style, link, base, meta, form, input, button, textarea, select, video, audio, source, template';
    return [
      ...[...root.querySelectorAll(active)].map((el) => `<${el.localName}>`),
      ...[...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on|^srcset$|^formaction$/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
      // Links go to the web or to a place in the same page (an exported note's source markers).
      ...[...root.querySelectorAll('a')].filter((a) => !/^(https?:\/\/|#[\w-]+$)/i.test(a.getAttribute('href') ?? '')).map((a) => `link to ${a.getAttribute('href')}`),
    ];
  });
}
