// Issue 14's leftovers, in a fresh company of its own: "Reassign…" on the process page's steps (desktop) and on the
// board's cards (375 × 812 phone) hands a step of a running SC-007 to another person, who is then its holder; axe on
// both pages with the picker open, no sideways scrolling on the phone.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

const password = 'Admin@12345';

export async function dailyLeftoversSteps({ step, browser, base, desktop, phone, accessibility, screenshot, a11y, pages }) {
  const slug = `dl-${Date.now().toString(36)}`;
  const signIn = async (page) => {
    await page.goto(`${base}/account/sign-in`);
    await page.fill('#tenant', slug);
    await page.fill('#userName', 'admin');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.getByTestId('tenant-name').waitFor();
  };
  const api = async (page, method, url, data) => {
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
    const response = await page.request.fetch(`${base}${url}`, { method, data, headers: xsrf ? { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } : {} });
    assert.ok(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.status() === 204 ? null : response.json();
  };
  /** Opens "Reassign…" in `scope` and picks the person (the picker shows "name (user name)"). */
  const pick = async (scope, name, userName, tap) => {
    await (tap ? scope.getByTestId('reassign').tap() : scope.getByTestId('reassign').click());
    const picker = scope.getByTestId('reassign-to');
    await picker.locator('option', { hasText: name }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: `${name} (${userName})` });
  };
  const firstStepHolders = async (page) => {
    const now = await api(page, 'GET', `/api/processes/instances/${instance.id}`);
    return [...now.steps].sort((a, b) => Number(a.order) - Number(b.order))[0].assigneeUserIds;
  };

  const admin = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(admin);
  let instance = null;
  const people = {};

  await step('daily leftovers: a fresh company with two people and a running SC-007', async () => {
    const signUp = await admin.request.post(`${base}/api/account/sign-up`, {
      data: { companyName: 'Daily Leftovers Ltd', slug, adminName: 'Dora Admin', email: `admin@${slug}.test`, password },
    });
    assert.ok(signUp.ok(), `sign-up: ${signUp.status()} ${await signUp.text()}`);
    await signIn(admin);
    for (const [userName, name] of [['researcher', 'Rita Researcher'], ['helper', 'Hank Helper']]) {
      people[userName] = (await api(admin, 'POST', '/api/identity/users', { userName, name, email: `${userName}@${slug}.test`, password, roleNames: ['staff'], isActive: true })).id;
    }
    await api(admin, 'POST', '/api/processes/templates/import-default');
    const template = (await api(admin, 'GET', '/api/processes/templates')).find((t) => t.code === 'SC-007');
    instance = await api(admin, 'POST', '/api/processes/instances', { templateId: template.id, name: 'Harbour research', startDate: new Date().toISOString().slice(0, 10) });
  });

  await step('daily leftovers: the admin reassigns the first step from the process page (desktop)', async () => {
    await admin.goto(`${base}/processes/instances/${instance.id}`);
    const first = admin.getByTestId('timeline-step').first();
    await first.getByTestId('reassign').waitFor();
    await pick(first, 'Hank Helper', 'helper', false);
    a11y.push(...(await accessibility(admin, 'process page, reassign open')));
    const answered = admin.waitForResponse((r) => r.url().includes('/reassign') && r.request().method() === 'POST');
    await first.getByTestId('reassign-confirm').click();
    const response = await answered;
    assert.equal(response.status(), 200, await response.text());
    await admin.getByTestId('step-notice').filter({ hasText: 'Hank Helper' }).waitFor();
    assert.deepEqual(await firstStepHolders(admin), [people.helper]);
  });

  await step('daily leftovers: on a 375 × 812 phone the admin reassigns it again from the board', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(mobile);
    await signIn(mobile);
    await mobile.goto(`${base}/processes/board?templateId=${instance.templateId}`);
    const card = mobile.getByTestId('board-card').filter({ hasText: 'Harbour research' }).first();
    await card.getByTestId('reassign').waitFor();
    await pick(card, 'Rita Researcher', 'researcher', true);
    await assertNoSidewaysScroll(mobile, 'board, reassign open');
    a11y.push(...(await accessibility(mobile, 'board, reassign open (phone)')));
    await screenshot(mobile, 'board-reassign-phone');
    await card.getByTestId('reassign-confirm').tap();
    await mobile.getByTestId('board-notice').filter({ hasText: 'Rita Researcher' }).waitFor();
    assert.deepEqual(await firstStepHolders(mobile), [people.researcher]);
    await mobile.context().close();
  });
  await admin.context().close();
}
