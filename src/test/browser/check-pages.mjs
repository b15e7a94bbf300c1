// Opens pages of a built site in headless Chromium and reports, one tab-separated line each:
//   PAGE <page> <body font size in px> <page width in a 320 px window>
//   VIOLATION <page> <axe rule> <impact> <help> <first failing elements>   (WCAG 2.1 A and AA)
//   EXTERNAL <url>   (any request a page made to the network; all are blocked)
// A page wider than 320 px in a 320 px window makes residents on small phones scroll sideways.
// Usage: node check-pages.mjs SITE_DIR PAGE... (pages relative to SITE_DIR)
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const [site, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const clean = (text) => String(text).replace(/\s+/g, ' ');
const lines = [];
try {
  const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const narrow = await browser.newContext({ viewport: { width: 320, height: 800 } });
  // A page must not load anything from the network: count every request that is not a file.
  const external = [];
  for (const context of [wide, narrow]) {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      external.push(url);
      return route.abort();
    });
  }
  for (const page of pages) {
    const url = pathToFileURL(path.resolve(site, page)).href;
    const tab = await wide.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await tab.addScriptTag({ path: axePath });
    const axe = await tab.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + n.failureSummary),
      }));
    });
    const fontSize = await tab.evaluate(
      () => parseFloat(getComputedStyle(document.body).fontSize));
    await tab.close();
    const small = await narrow.newPage();
    await small.goto(url, { waitUntil: 'load' });
    const scrollWidth = await small.evaluate(() => document.scrollingElement.scrollWidth);
    await small.close();
    lines.push(['PAGE', page, fontSize, scrollWidth].join('\t'));
    for (const v of axe) {
      lines.push(['VIOLATION', page, v.id, v.impact, clean(v.help), clean(v.nodes.join(' | '))]
        .join('\t'));
    }
  }
  external.forEach((url) => lines.push('EXTERNAL\t' + url));
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await browser.close();
}
