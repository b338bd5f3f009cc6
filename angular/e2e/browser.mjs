// Headless Debian Chromium through playwright-core (no browser download), screenshots and axe checks.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const artifacts = path.resolve(process.env.E2E_ARTIFACTS ?? new URL('./artifacts', import.meta.url).pathname);

/** Every Content-Security-Policy violation any page reported (Chromium logs each one as a console error). */
export const cspViolations = [];

/** Headless Chromium; `extraArgs` for a browser with special switches (a fake camera playing a file). */
export async function launch(extraArgs = []) {
  await mkdir(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', (page) => page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) cspViolations.push(`${page.url()}: ${message.text()}`);
    }));
    return context;
  };
  return browser;
}

export const desktop = { viewport: { width: 1280, height: 800 } };
/** The phone of the issue: 375 × 812, touch. */
export const phone = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let shot = 0;
export async function screenshot(page, name) {
  shot += 1;
  const file = path.join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs axe-core (WCAG 2.x A/AA) and returns the serious and critical violations. */
export async function accessibility(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await writeFile(path.join(artifacts, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  return bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Picks an option of an ng-zorro select (the options live in an overlay). */
export async function choose(page, select, optionText) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
  await page.keyboard.press('Escape');
}

/** A phone page (375 px) does not scroll sideways: nothing is wider than the screen. */
export async function assertNoSidewaysScroll(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `${what}: no horizontal scrolling at 375 px (${width})`);
}
