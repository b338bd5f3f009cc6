// End-to-end: a company signs up, models its org chart and an approval threshold, a staff member asks
// for an amount above it, and the approver decides on a phone. Needs a running host (BASE_URL) on a fresh
// database; etc/test.sh starts one. Screenshots and axe results go to e2e/artifacts (git-ignored).
import assert from 'node:assert/strict';
import { accessibility, assertNoSidewaysScroll, choose, cspViolations, desktop, launch, phone, screenshot } from './browser.mjs';
import { waitForMailTo } from './mail.mjs';
import { eventDaySteps } from './steps/event-day.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:5000';
const run = Date.now().toString(36);
const slug = `e2e-${run}`;
const password = 'Admin@12345';
const started = Date.now();
const a11y = [];
const steps = [];

const pages = [];

async function step(name, action) {
  const t0 = Date.now();
  try {
    await action();
    steps.push(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    steps.push(`FAIL ${name}: ${error.message}`);
    for (const page of pages) await screenshot(page, 'failure').catch(() => {});
    throw error;
  }
}

async function signIn(page, userName) {
  await page.goto(`${base}/account/sign-in`);
  await page.fill('#tenant', slug);
  await page.fill('#userName', userName);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.getByTestId('tenant-name').waitFor();
}

/** Companies default to zh-Hans; the choice is saved as the user's setting and survives a reload. */
async function useEnglish(page) {
  await page.getByTestId('language-menu').click();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings/my-culture') && r.status() === 204);
  await page.getByTestId('language-en').click();
  await saved;
  // The user's setting, not this browser's storage, brings English back.
  await page.evaluate(() => localStorage.setItem('msaas.language', 'zh-Hans'));
  await page.reload();
  await page.getByTestId('menu-/').filter({ hasText: 'Home' }).waitFor();
}

/** A JSON call as the page's signed-in user (cookie plus the XSRF header), for set-up the scenario does not test. */
async function apiCall(page, method, url, data) {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  const response = await page.request.fetch(`${base}${url}`, { method, data, headers: xsrf ? { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } : {} });
  assert.ok(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

/** A `datetime-local` value in the company's time zone (the portal's date-time inputs use it; default Asia/Shanghai), to the second. */
function companyInput(ms, timeZone = 'Asia/Shanghai') {
  const d = new Date(ms);
  if (d.getUTCSeconds() === 0) d.setUTCSeconds(1);
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const p = Object.fromEntries(format.formatToParts(d).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Submits a form with its required fields empty: every required field (its label marked) must show its error. */
async function emptySubmitShowsEveryError(page, form, submit) {
  await submit.click();
  const required = await form.locator('label.ant-form-item-required').count();
  assert.ok(required > 0, 'the form marks its required fields');
  await page.waitForFunction(
    ([selector, n]) => document.querySelector(selector)?.querySelectorAll('nz-form-item .ant-form-item-explain-error').length === n,
    [await form.evaluate((el) => { el.setAttribute('data-empty-submit', ''); return '[data-empty-submit]'; }), required],
  );
  await form.evaluate((el) => el.removeAttribute('data-empty-submit'));
}

/** A 1 × 1 PNG: the receipt container checks the magic bytes. */
const receiptPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const browser = await launch();
try {
  const admin = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(admin);

  await step('empty submits show every required field\'s error: sign-up on a 375 px phone, sign-in on a desktop', async () => {
    const phonePage = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(phonePage);
    await phonePage.goto(`${base}/account/sign-up`);
    await emptySubmitShowsEveryError(phonePage, phonePage.locator('form'), phonePage.locator('button[type=submit]'));
    await screenshot(phonePage, 'sign-up-empty-phone');
    await phonePage.goto(`${base}/account/sign-in`);
    await phonePage.fill('#tenant', '');
    await emptySubmitShowsEveryError(phonePage, phonePage.locator('form'), phonePage.locator('button[type=submit]'));
    await phonePage.context().close();
  });

  await step('sign up a company (a weak password is refused next to the field)', async () => {
    await admin.goto(`${base}/account/sign-up`);
    a11y.push(...(await accessibility(admin, 'sign-up')));
    await admin.fill('#companyName', 'E2E Marketing Ltd');
    assert.equal(await admin.inputValue('#slug'), 'e2e-marketing-ltd', 'the short name is suggested from the company name');
    await admin.fill('#slug', slug);
    await admin.fill('#adminName', 'Ada Admin');
    await admin.fill('#email', `admin@${slug}.test`);
    await admin.fill('#password', 'weak');
    await admin.click('button[type=submit]');
    const passwordError = admin.locator('nz-form-item:has(#password) .ant-form-item-explain-error');
    await passwordError.waitFor();
    assert.ok((await passwordError.innerText()).length > 0);
    await screenshot(admin, 'sign-up-field-error');
    await admin.fill('#password', password);
    await admin.click('button[type=submit]');
    await admin.getByTestId('tenant-name').waitFor();
    assert.equal(await admin.getByTestId('tenant-name').innerText(), 'E2E Marketing Ltd', 'the header shows the company name');
    await screenshot(admin, 'home-after-sign-up');
  });
  await (await import('./steps/org-chart.mjs')).orgChartSteps({ step, browser, admin, base, phone, pages, signIn, apiCall, accessibility, screenshot, choose, a11y });

  await step('sign out and sign in again', async () => {
    await admin.getByTestId('user-menu').click();
    await admin.getByTestId('sign-out').click();
    await admin.waitForURL(/\/account\/sign-in/);
    a11y.push(...(await accessibility(admin, 'sign-in')));
    await screenshot(admin, 'sign-in');
    await signIn(admin, 'admin');
    await useEnglish(admin);
    a11y.push(...(await accessibility(admin, 'home')));
    await screenshot(admin, 'home');
  });

  await step('forgotten password: the mailed link sets a new password once (375 px phone)', async () => {
    const visitor = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(visitor);
    await visitor.goto(`${base}/account/sign-in`);
    await visitor.getByTestId('forgot-password').click();
    await visitor.waitForURL(/\/account\/forgot-password/);
    await visitor.fill('#tenant', slug);
    await visitor.fill('#userNameOrEmail', `admin@${slug}.test`);
    a11y.push(...(await accessibility(visitor, 'forgot-password (phone)')));
    await screenshot(visitor, 'forgot-password-phone');
    await visitor.getByTestId('send-reset-link').click();
    await visitor.getByTestId('reset-mail-sent').waitFor();
    const mail = await waitForMailTo(`admin@${slug}.test`);
    const link = mail.body.match(/https?:\/\/\S+\/account\/reset-password\?\S+/)?.[0];
    assert.ok(link?.startsWith(`${base}/account/reset-password?tenant=${slug}&`), `a reset link to this portal in: ${mail.body}`);
    await visitor.goto(link);
    await visitor.waitForURL((url) => !url.search.includes('token='));
    assert.equal(new URL(visitor.url()).search, `?tenant=${slug}`, 'the token leaves the address bar');
    await visitor.fill('#password', 'weak');
    await visitor.fill('#confirm', 'weak');
    await visitor.getByTestId('save-new-password').click();
    const passwordError = visitor.locator('nz-form-item:has(#password) .ant-form-item-explain-error');
    await passwordError.waitFor();
    // The error fades in; axe must see the final colours.
    await visitor.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    a11y.push(...(await accessibility(visitor, 'reset-password (phone)')));
    await screenshot(visitor, 'reset-password-field-error-phone');
    await visitor.fill('#password', password);
    await visitor.fill('#confirm', password);
    await visitor.getByTestId('save-new-password').click();
    await visitor.getByTestId('password-reset-done').waitFor();
    await visitor.getByTestId('to-sign-in').click();
    assert.equal(await visitor.inputValue('#tenant'), slug, 'the sign-in page knows the company');
    await visitor.goto(link);
    await visitor.fill('#password', 'Another@12345');
    await visitor.fill('#confirm', 'Another@12345');
    await visitor.getByTestId('save-new-password').click();
    await visitor.getByTestId('form-error').waitFor();
    await screenshot(visitor, 'reset-password-used-link-phone');
    await signIn(visitor, 'admin');
    // The reset renewed the admin's security stamp, which ends every other session of theirs (docs/security.md).
    await signIn(admin, 'admin');
  });

  await step('the admin uploads a company logo and sees it in the header', async () => {
    await admin.goto(`${base}/administration/settings`);
    await admin.getByTestId('logo-file').waitFor({ state: 'attached' });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
    await admin.getByTestId('logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await admin.getByTestId('logo-message').waitFor();
    const logo = admin.getByTestId('company-logo');
    await logo.waitFor();
    await admin.waitForFunction(() => document.querySelector('[data-testid=company-logo]')?.naturalWidth > 0);
    await admin.getByTestId('logo-file').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a0000000000') });
    await admin.getByTestId('logo-error').waitFor();
    a11y.push(...(await accessibility(admin, 'settings with logo')));
    await screenshot(admin, 'settings-logo');
    await admin.reload();
    await admin.waitForFunction(() => document.querySelector('[data-testid=company-logo]')?.naturalWidth > 0);
  });

  await step('create an approver and a requester (an empty submit first shows every required field\'s error)', async () => {
    await admin.goto(`${base}/identity/users`);
    await emptySubmitShowsEveryError(admin, admin.locator('form').filter({ has: admin.getByTestId('create-user') }), admin.getByTestId('create-user'));
    for (const [userName, name] of [['approver', 'Alice Approver'], ['requester', 'Rick Requester']]) {
      await admin.fill('#user-userName', userName);
      await admin.fill('#user-name', name);
      await admin.fill('#user-email', `${userName}@${slug}.test`);
      await admin.fill('#user-password', password);
      await admin.getByTestId('create-user').click();
      await admin.getByTestId('user').filter({ hasText: name }).waitFor();
    }
    a11y.push(...(await accessibility(admin, 'users')));
    await screenshot(admin, 'users');
  });
  await (await import('./steps/invitations.mjs')).invitationSteps({ step, browser, base, slug, admin, accessibility, screenshot, a11y, pages, waitForMailTo, phone });
  await (await import('./steps/people.mjs')).peopleSteps({ step, browser, base, desktop, phone, accessibility, screenshot, a11y, pages });
  await (await import('./steps/people-names.mjs')).peopleNamesSteps({ step, browser, base, phone, accessibility, screenshot, a11y, pages });

  await step('create a unit and a position with a holder', async () => {
    await admin.goto(`${base}/org`);
    await admin.getByTestId('empty').waitFor();
    await admin.fill('#unit-name', 'Marketing');
    await admin.getByTestId('add-unit').click();
    await admin.getByTestId('unit').filter({ hasText: 'Marketing' }).waitFor();
    await admin.fill('#position-name', 'Marketing Director');
    await choose(admin, admin.getByTestId('position-units'), 'Marketing');
    await choose(admin, admin.getByTestId('position-holders'), 'Alice Approver');
    await admin.getByTestId('add-position').click();
    await admin.getByTestId('position').filter({ hasText: 'Alice Approver' }).waitFor();
    a11y.push(...(await accessibility(admin, 'org-chart')));
    await screenshot(admin, 'org-chart');
  });

  await step('set an approval threshold and simulate the route', async () => {
    await admin.goto(`${base}/approvals/policies`);
    await admin.getByTestId('empty').waitFor();
    await choose(admin, admin.getByTestId('new-policy-type'), 'Expense');
    await admin.getByTestId('create-policy').click();
    await admin.getByTestId('add-rule').waitFor();
    await admin.getByTestId('add-rule').click();
    await admin.getByTestId('rule-name').fill('Expenses from 10,000');
    await admin.getByTestId('rule-min').fill('10000');
    await choose(admin, admin.getByTestId('approver-kind'), 'A position');
    await choose(admin, admin.getByTestId('approver-position'), 'Marketing Director');
    await admin.getByTestId('save-policy').click();
    await admin.getByTestId('saved').waitFor();
    await admin.getByTestId('sim-amount').fill('20000');
    await admin.getByTestId('simulate').click();
    const result = admin.getByTestId('simulator-result');
    await result.waitFor();
    assert.match(await result.innerText(), /Alice Approver/);
    await admin.getByTestId('sim-amount').fill('5000');
    await admin.getByTestId('simulate').click();
    await admin.getByTestId('simulator-error').waitFor();
    a11y.push(...(await accessibility(admin, 'policies')));
    await screenshot(admin, 'policies');
  });

  await (await import('./steps/admin-pages.mjs')).adminPagesSteps({ step, browser, base, admin, phone, signIn, accessibility, screenshot, a11y, pages });
  await step('roles, modules and settings pages open and are accessible', async () => {
    await admin.goto(`${base}/administration/roles`);
    await admin.locator('fieldset').first().waitFor();
    a11y.push(...(await accessibility(admin, 'roles')));
    await screenshot(admin, 'roles');
    await admin.goto(`${base}/administration/settings`);
    // each setting gets its typed control: the time zone is a select, the fiscal year's first month a number from 1 to 12
    await admin.getByTestId('setting-Platform.TimeZone').locator('nz-select').waitFor();
    assert.equal(await admin.getByTestId('setting-Platform.FiscalYearStartMonth').locator('input[type=number]').getAttribute('max'), '12');
    a11y.push(...(await accessibility(admin, 'settings')));
    await admin.goto(`${base}/administration/modules`);
    await admin.locator('h1').waitFor();
    a11y.push(...(await accessibility(admin, 'modules')));
  });

  await step('the admin switches Events on; the events list works on a 375 px phone', async () => {
    const switched = admin.waitForResponse((r) => r.url().includes('/api/modules/') && r.request().method() === 'PUT' && r.ok());
    await admin.locator('label[nz-checkbox]').filter({ hasText: /^\s*(Events|市场活动)\s*$/ }).click();
    await switched;
    const phoneAdmin = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(phoneAdmin);
    await signIn(phoneAdmin, 'admin');
    await phoneAdmin.getByTestId('open-menu').click();
    await phoneAdmin.getByTestId('menu-/events').click();
    await phoneAdmin.getByTestId('events-empty').waitFor();
    await phoneAdmin.getByTestId('new-event').waitFor();
    await assertNoSidewaysScroll(phoneAdmin, 'phoneAdmin');
    a11y.push(...(await accessibility(phoneAdmin, 'events-phone')));
    await screenshot(phoneAdmin, 'events-phone');
  });

  await step('the admin imports the default templates (published) and starts SC-007; its start date is today in the company time zone', async () => {
    await admin.goto(`${base}/processes/templates`);
    await admin.getByTestId('import-default').click();
    await admin.getByTestId('notice').waitFor();
    await admin.getByTestId('template').filter({ hasText: 'SC-007' }).filter({ hasText: 'v1' }).waitFor();
    await admin.goto(`${base}/processes/instances`);
    await admin.getByTestId('empty').waitFor();
    await choose(admin, admin.getByTestId('start-template'), 'SC-007');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    assert.equal(await admin.locator('#start-date').inputValue(), today);
    const started = admin.waitForResponse((r) => r.url().endsWith('/api/processes/instances') && r.request().method() === 'POST');
    await admin.getByTestId('start').click();
    const response = await started;
    assert.equal(response.status(), 201, await response.text());
    assert.equal(JSON.parse(response.request().postData()).startDate, today);
    await admin.getByTestId('timeline-step').first().waitFor();
    assert.match(await admin.locator('h1').innerText(), /\S/);
    a11y.push(...(await accessibility(admin, 'process-instance')));
    await screenshot(admin, 'process-instance');
  });

  let plannedEvent = '';
  await step('the admin plans an event: two tasks with RACI and a key milestone on the Gantt view', async () => {
    plannedEvent = await admin.evaluate(async () => {
      const xsrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
      const units = await (await fetch('/api/org/units')).json();
      const unit = (Array.isArray(units) ? units : units.items).find((u) => u.displayName === 'Marketing');
      const response = await fetch('/api/events', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf },
        body: JSON.stringify({
          name: 'Spring salon', type: 'OfflineSalon', startTime: '2027-03-10T01:00:00Z', endTime: '2027-03-10T05:00:00Z',
          place: 'Shanghai', ownerUnitId: unit.id, budgetLines: [],
        }),
      });
      if (response.status !== 201) throw new Error(`create event: ${response.status} ${await response.text()}`);
      return (await response.json()).id;
    });
    await admin.goto(`${base}/events/${plannedEvent}`);
    await admin.getByTestId('event-plan').waitFor();
    // the task dialog takes the focus, keeps Tab inside, and Escape closes it, giving the focus back
    await admin.getByTestId('add-task').click();
    await admin.getByTestId('task-dialog').waitFor();
    await admin.waitForFunction(() => document.activeElement?.id === 'task-name');
    const outside = [];
    for (let i = 0; i < 25; i++) {
      await admin.keyboard.press('Tab');
      const where = await admin.evaluate(() => (document.activeElement?.closest('[data-testid="task-dialog"]') ? null : document.activeElement?.outerHTML.slice(0, 160) ?? 'none'));
      if (where) outside.push(`${i}: ${where}`);
    }
    assert.deepEqual(outside, [], 'Tab stays inside the task dialog');
    await admin.keyboard.press('Escape');
    await admin.getByTestId('task-dialog').waitFor({ state: 'detached' });
    assert.equal(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'add-task', 'the focus goes back to the button');
    for (const [name, start, end] of [['Book the venue', '2027-03-01', '2027-03-04'], ['Build the stage', '2027-03-06', '2027-03-09']]) {
      await admin.getByTestId('add-task').click();
      const dialog = admin.getByTestId('task-dialog');
      await dialog.waitFor();
      await admin.getByTestId('task-name').fill(name);
      await admin.getByTestId('task-start').fill(start);
      await admin.getByTestId('task-end').fill(end);
      await admin.locator('nz-select:has(#task-r)').click();
      await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Marketing Director' }).first().click();
      await admin.getByTestId('save-task').click();
      await dialog.waitFor({ state: 'detached' });
      await admin.getByTestId('task-item').filter({ hasText: name }).waitFor();
    }
    await admin.getByTestId('milestone-name').fill('Dress rehearsal');
    await admin.getByTestId('milestone-date').fill('2027-03-09T10:00');
    await admin.getByTestId('milestone-key').click();
    await admin.getByTestId('add-milestone').click();
    const milestone = admin.getByTestId('milestone-item').filter({ hasText: 'Dress rehearsal' });
    await milestone.waitFor();
    assert.match(await milestone.innerText(), /10:00/, 'the milestone time is typed and shown in the company time zone');
    const bars = admin.getByTestId('gantt-bar');
    assert.equal(await bars.count(), 2, 'one Gantt bar per task');
    const [first, second] = [await bars.nth(0).boundingBox(), await bars.nth(1).boundingBox()];
    assert.ok(first && second && first.width > 0 && second.x > first.x + first.width, `bars follow the dates: ${JSON.stringify([first, second])}`);
    await admin.getByTestId('gantt-marker').first().waitFor();
    assert.match(await admin.getByTestId('task-item').first().innerText(), /Marketing Director/);
    a11y.push(...(await accessibility(admin, 'event-plan')));
    await screenshot(admin, 'event-plan');
  });

  await step('the plan works on a 375 px phone: the Gantt view scrolls inside its box', async () => {
    const phonePlan = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(phonePlan);
    await signIn(phonePlan, 'admin');
    await phonePlan.goto(`${base}/events/${plannedEvent}`);
    await phonePlan.getByTestId('gantt-bar').nth(1).waitFor();
    await assertNoSidewaysScroll(phonePlan, 'the event plan');
    const gantt = await phonePlan.getByTestId('gantt').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(gantt.scroll > gantt.client, `the Gantt view scrolls horizontally (${JSON.stringify(gantt)})`);
    a11y.push(...(await accessibility(phonePlan, 'event-plan-phone')));
    await screenshot(phonePlan, 'event-plan-phone');
  });

  const requester = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(requester);
  let requestUrl = '';
  await step('a second user submits a request above the threshold', async () => {
    await signIn(requester, 'requester');
    await useEnglish(requester);
    await requester.goto(`${base}/approvals/new`);
    await requester.fill('#title', 'Trade show booth');
    await requester.fill('#amount', '25000');
    a11y.push(...(await accessibility(requester, 'submit-request')));
    await requester.getByTestId('submit').click();
    await requester.waitForURL(/\/approvals\/requests\//);
    await requester.getByTestId('status').waitFor();
    assert.equal(await requester.getByTestId('status').innerText(), 'Pending');
    requestUrl = requester.url();
    a11y.push(...(await accessibility(requester, 'request-details')));
    await screenshot(requester, 'request-submitted');
  });

  await step('the approver approves on a 375 × 812 phone (Chinese)', async () => {
    const approver = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(approver);
    await signIn(approver, 'approver');
    await approver.getByTestId('open-menu').click();
    await approver.getByTestId('menu-/approvals/inbox').click();
    const item = approver.getByTestId('approval-item').filter({ hasText: 'Trade show booth' });
    await item.waitFor();
    const approve = item.getByTestId('approve');
    const box = await approve.boundingBox();
    assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 375, `approve button reachable: ${JSON.stringify(box)}`);
    await assertNoSidewaysScroll(approver, 'approver');
    a11y.push(...(await accessibility(approver, 'my-approvals-phone')));
    await screenshot(approver, 'approver-phone-before');
    await item.getByTestId('comment').fill('同意，注意控制成本');
    await approve.tap();
    await approver.getByTestId('empty').waitFor();
    await screenshot(approver, 'approver-phone-after');
  });

  await step('the requester sees it approved', async () => {
    await requester.goto(requestUrl);
    await requester.getByTestId('status').waitFor();
    assert.equal(await requester.getByTestId('status').innerText(), 'Approved');
    assert.equal(await requester.getByTestId('log-entry').count(), 2);
    await screenshot(requester, 'request-approved');
  });
  await (await import('./steps/notifications.mjs')).notificationSteps({ step, browser, base, signIn, accessibility, screenshot, a11y, pages, apiCall, phone });
  await (await import('./steps/task-journey.mjs')).taskJourneySteps({ step, browser, base, desktop, phone, accessibility, screenshot, choose, a11y, pages });

  await step('the requester withdraws a new request on a phone, after a confirmation', async () => {
    await requester.goto(`${base}/approvals/new`);
    await requester.fill('#title', 'Team dinner');
    await requester.fill('#amount', '12000');
    await requester.getByTestId('submit').click();
    await requester.waitForURL(/\/approvals\/requests\//);
    const mobile = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(mobile);
    await signIn(mobile, 'requester');
    await mobile.goto(`${base}/approvals/inbox`);
    await mobile.getByTestId('view-submitted-by-me').click();
    const item = mobile.getByTestId('approval-item').filter({ hasText: 'Team dinner' });
    await item.getByTestId('withdraw').tap();
    const confirm = item.getByTestId('withdraw-confirm');
    const box = await confirm.boundingBox();
    assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 375, `confirm button reachable: ${JSON.stringify(box)}`);
    await assertNoSidewaysScroll(mobile, 'mobile');
    a11y.push(...(await accessibility(mobile, 'my-requests-phone')));
    await screenshot(mobile, 'withdraw-confirm-phone');
    await confirm.tap();
    await item.getByTestId('status').filter({ hasText: 'Withdrawn' }).waitFor();
    assert.equal(await mobile.getByTestId('own-status').innerText(), 'Request withdrawn.');
    assert.equal(await item.getByTestId('withdraw').count(), 0);
    await screenshot(mobile, 'withdrawn-phone');
  });

  await (await import('./steps/approvals.mjs')).approvalSteps({ base, browser, desktop, phone, step, signIn, screenshot, accessibility, a11y, pages, requester });

  await step('the requester chooses which notifications come by e-mail', async () => {
    await requester.getByTestId('user-menu').click();
    await requester.getByTestId('menu-notification-preferences').click();
    const kind = requester.getByTestId('email-StepAssigned');
    await kind.waitFor();
    assert.match(await kind.getAttribute('class'), /ant-checkbox-wrapper-checked/, 'no preference yet: every kind by e-mail');
    await kind.click();
    await requester.getByTestId('save-preferences').click();
    await requester.getByTestId('saved').filter({ hasText: 'Saved.' }).waitFor();
    a11y.push(...(await accessibility(requester, 'notification-preferences')));
    await screenshot(requester, 'notification-preferences');
    await requester.reload();
    await kind.waitFor();
    assert.doesNotMatch(await kind.getAttribute('class'), /ant-checkbox-wrapper-checked/, 'the choice was saved');
  });

  await step('home shows the requester\'s recent activity', async () => {
    await requester.goto(base);
    const entry = requester.getByTestId('activity-item').filter({ hasText: 'Trade show booth' }).first();
    await entry.waitFor();
    assert.match(await entry.locator('time').innerText(), /ago|now/);
    assert.match(await entry.locator('a').getAttribute('href'), /\/approvals\/requests\//);
    a11y.push(...(await accessibility(requester, 'home-activity')));
    await screenshot(requester, 'home-activity');
  });

  await step('the admin moves a unit with "Move to…" on a phone; dropping a unit onto its sub-unit is refused', async () => {
    const mobile = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(mobile);
    await signIn(mobile, 'admin');
    await mobile.goto(`${base}/org`);
    await mobile.fill('#unit-name', 'Brand');
    await mobile.getByTestId('add-unit').tap();
    await mobile.locator('[data-unit="Brand"]').getByTestId('move-to').tap();
    await mobile.getByTestId('move-target').selectOption({ label: 'Marketing' });
    await mobile.getByTestId('move-confirm').tap();
    await mobile.getByTestId('move-status').filter({ hasText: 'Brand' }).waitFor();
    await assertNoSidewaysScroll(mobile, 'mobile');
    await screenshot(mobile, 'org-chart-moved-phone');
    await admin.goto(`${base}/org`);
    await admin.locator('[data-unit="Marketing"]').dragTo(admin.locator('[data-unit="Brand"]'));
    assert.match(await admin.getByTestId('move-error').innerText(), /cannot be moved below itself/);
    a11y.push(...(await accessibility(admin, 'org-chart-move')));
    await screenshot(admin, 'org-chart-move-refused');
  });

  // Events: plan with a budget → approval → public registration → check-in on a phone → costs → review → figures.
  const eventName = `Customer salon ${run}`;
  let eventUrl = '';
  let eventEnd = 0;
  let publicUrl = '';
  let lenaCode = '';
  await step('events: a budget for the Marketing unit and an approval policy for events (set up through the API)', async () => {
    const asList = (x) => (Array.isArray(x) ? x : x.items);
    const unit = asList(await apiCall(admin, 'GET', '/api/org/units')).find((u) => u.displayName === 'Marketing');
    const position = asList(await apiCall(admin, 'GET', '/api/org/positions')).find((p) => p.name === 'Marketing Director');
    assert.ok(unit && position, 'the unit and position of the earlier steps exist');
    await apiCall(admin, 'POST', '/api/budgets', {
      name: `Marketing ${new Date().getFullYear()}`,
      fiscalYear: new Date().getFullYear(),
      organizationUnitId: unit.id,
      currency: 'CNY',
      lines: [{ category: 'PromotionEvents', periodKind: 'Year', plannedAmount: 100000 }],
    });
    await apiCall(admin, 'POST', '/api/approvals/policies', {
      businessType: 'Events.Event',
      name: 'Events',
      rules: [{ name: 'Every event', currency: 'CNY', minAmount: 0, minInclusive: true, stages: [{ mode: 'Any', approvers: [{ kind: 'Position', positionId: position.id }] }] }],
    });
  });

  await step('events: the admin plans an event with a budget and submits it', async () => {
    await admin.goto(`${base}/events/new`);
    await admin.getByTestId('event-name').fill(eventName);
    // Registration needs the event not to have ended, completing needs it ended: it ends 60 s from now (the steps up to the costs take about 25 s).
    eventEnd = Date.now() + 60_000;
    await admin.getByTestId('event-start').fill(companyInput(Date.now() - 3_600_000));
    await admin.getByTestId('event-end').fill(companyInput(eventEnd));
    eventEnd = Math.ceil(eventEnd / 1000) * 1000 + 1000;
    await admin.getByTestId('event-place').fill('Shanghai, West Bund');
    await admin.getByTestId('event-description').fill('Meet the product team.\nBring your questions.');
    await choose(admin, admin.getByTestId('event-unit'), 'Marketing');
    for (const [i, category, amount] of [[0, 'Venue', '2000'], [1, 'Catering', '1000']]) {
      await admin.getByTestId('add-line').click();
      await admin.fill(`#ev-cat-${i}`, category);
      await admin.fill(`#ev-amount-${i}`, amount);
    }
    await admin.getByTestId('save-event').click();
    await admin.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    eventUrl = admin.url();
    await admin.getByTestId('event-submit').click();
    await admin.getByTestId('action-notice').waitFor();
    assert.equal(await admin.getByTestId('event-status').innerText(), 'Pending approval');
    await screenshot(admin, 'event-submitted');
  });

  await step('events: the approver approves the event on the phone', async () => {
    const approver = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(approver);
    await signIn(approver, 'approver');
    await approver.goto(`${base}/approvals/inbox`);
    const item = approver.getByTestId('approval-item').filter({ hasText: eventName });
    await item.waitFor();
    await item.getByTestId('approve').tap();
    await item.waitFor({ state: 'detached' });
    await approver.context().close();
  });

  await step('events: the admin starts the event (after a confirmation) and opens registration', async () => {
    await admin.goto(eventUrl);
    await admin.getByTestId('event-start').click();
    assert.match(await admin.getByTestId('event-confirm').innerText(), /cannot go back to approved/);
    await admin.getByTestId('event-confirm-yes').click();
    await admin.getByTestId('action-notice').waitFor();
    assert.equal(await admin.getByTestId('event-status').innerText(), 'In execution');
    await admin.getByTestId('tab-registrations').click();
    await admin.getByTestId('registration-not-set-up').waitFor();
    await admin.getByTestId('registration-capacity').fill('10');
    await admin.getByTestId('save-registration-settings').click();
    await admin.getByTestId('settings-saved').waitFor();
    publicUrl = await admin.getByTestId('public-link').getAttribute('href');
    assert.match(publicUrl, new RegExp(`/register/${slug}/[0-9a-f-]{36}$`));
  });

  await step('events: two people register on the public page (no sign-in, 375 px, UTM kept, language switch)', async () => {
    const visitor = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(visitor);
    await visitor.goto(`${publicUrl}?utm_source=WeChat&utm_campaign=salon`);
    assert.equal(await visitor.getByTestId('register-event-name').innerText(), eventName);
    assert.equal(await visitor.getByTestId('register-place').innerText(), 'Shanghai, West Bund');
    a11y.push(...(await accessibility(visitor, 'public-registration-phone')));
    await visitor.fill('#reg-name', 'Lena Li');
    await visitor.fill('#reg-email', 'not-an-email');
    await visitor.getByTestId('register-submit').click();
    await visitor.locator('nz-form-item:has(#reg-email) .ant-form-item-explain-error').waitFor();
    await visitor.fill('#reg-email', `lena@${slug}.test`);
    await visitor.fill('#reg-phone', '13800000001');
    await visitor.fill('#reg-company', 'Lena Trading');
    await visitor.getByTestId('register-submit').click();
    await visitor.getByTestId('register-result').waitFor();
    assert.equal(await visitor.getByTestId('register-status').innerText(), 'You are registered');
    lenaCode = (await visitor.getByTestId('register-code').innerText()).trim();
    assert.match(lenaCode, /^[A-Z2-9]{20}$/);
    const qr = visitor.getByTestId('check-in-qr');
    await qr.waitFor();
    await visitor.waitForFunction(() => { const img = document.querySelector('[data-testid="check-in-qr"]'); return img?.complete && img.naturalWidth > 0; });
    await assertNoSidewaysScroll(visitor, 'visitor');
    a11y.push(...(await accessibility(visitor, 'public-registration-confirmed')));
    await screenshot(visitor, 'public-registration-confirmed');

    await visitor.goto(`${publicUrl}?utm_source=WeChat&utm_campaign=salon`);
    await visitor.getByRole('button', { name: '中文' }).click();
    // the texts of the other language load first; then the page shows them
    await visitor.waitForFunction(() => document.querySelector('[data-testid="register-submit"]')?.textContent?.trim() === '提交报名');
    await visitor.fill('#reg-name', 'Bo Wang');
    await visitor.fill('#reg-email', `bo@${slug}.test`);
    await visitor.fill('#reg-email', `lena@${slug}.test`);
    await visitor.getByTestId('register-submit').click();
    await visitor.locator('nz-form-item:has(#reg-email) .ant-form-item-explain-error').waitFor();
    await visitor.fill('#reg-email', `bo@${slug}.test`);
    await visitor.getByTestId('register-submit').click();
    await visitor.getByTestId('register-result').waitFor();
    assert.equal(await visitor.getByTestId('register-status').innerText(), '报名成功');
    await screenshot(visitor, 'public-registration-zh');

    await visitor.goto(`${base}/register/${slug}/00000000-0000-0000-0000-000000000000`);
    await visitor.getByTestId('register-not-found').waitFor();
    await visitor.goto(`${base}/register/no-such-company-${run}/${publicUrl.split('/').pop()}`);
    await visitor.getByTestId('register-not-found').waitFor();
    a11y.push(...(await accessibility(visitor, 'public-registration-not-found')));
    await visitor.context().close();
  });

  await step('events: registrations tab lists both with their UTM source; one is marked as lead; CSV export', async () => {
    await admin.goto(`${eventUrl}?tab=registrations`);
    await admin.getByTestId('registration').nth(1).waitFor();
    assert.equal(await admin.getByTestId('registration').count(), 2);
    assert.match(await admin.getByTestId('registration').filter({ hasText: 'Lena Li' }).innerText(), /UTM wechat \/ salon/);
    await admin.getByTestId('registration').filter({ hasText: 'Lena Li' }).getByTestId('toggle-lead').click();
    await admin.getByTestId('registration').filter({ hasText: 'Lena Li' }).getByTestId('registration-lead').waitFor();
    const csv = await admin.request.get(new URL(await admin.getByTestId('attendees-csv').getAttribute('href'), `${base}/`).href);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /Lena Li/);
    a11y.push(...(await accessibility(admin, 'event-registrations')));
    await screenshot(admin, 'event-registrations');
  });

  await step('events: check one registrant in on a 375 × 812 phone (a second check-in is reported, not an error)', async () => {
    const desk = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(desk);
    await signIn(desk, 'admin');
    await desk.goto(`${eventUrl}/check-in`);
    await desk.getByTestId('check-in-query').fill('Lena');
    await desk.getByTestId('check-in-search').tap();
    const button = desk.getByTestId('check-in-person').filter({ hasText: 'Lena Li' }).getByTestId('check-in-button');
    await button.waitFor();
    const box = await button.boundingBox();
    assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 375, `check-in button reachable: ${JSON.stringify(box)}`);
    await assertNoSidewaysScroll(desk, 'desk');
    a11y.push(...(await accessibility(desk, 'check-in-phone')));
    await button.tap();
    await desk.locator('[data-testid=check-in-outcome][data-kind=checkedIn]').waitFor();
    await desk.getByTestId('check-in-already').waitFor();
    await screenshot(desk, 'check-in-phone');
    await desk.getByTestId('check-in-code').fill(lenaCode.toLowerCase());
    await desk.getByTestId('check-in-code-submit').tap();
    await desk.locator('[data-testid=check-in-outcome][data-kind=alreadyCheckedIn]').waitFor();
    await screenshot(desk, 'check-in-again');
    await desk.context().close();
  });

  await eventDaySteps({ step, browser, base, admin, eventUrl, publicUrl, signIn, accessibility, screenshot, a11y, pages });

  await step('events: actual costs against the budget lines, one with a receipt', async () => {
    await admin.goto(`${eventUrl}?tab=costs`);
    await admin.getByTestId('expenses-empty').waitFor();
    await choose(admin, admin.getByTestId('expense-line'), 'Venue');
    await admin.getByTestId('expense-amount').fill('1200');
    await admin.getByTestId('expense-note').fill('Hall rental');
    await admin.getByTestId('expense-receipt').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receiptPng });
    await admin.getByTestId('add-expense').click();
    await admin.getByTestId('expense').filter({ hasText: 'Hall rental' }).getByTestId('receipt-link').waitFor();
    await choose(admin, admin.getByTestId('expense-line'), 'Catering');
    await admin.getByTestId('expense-amount').fill('300');
    await admin.getByTestId('add-expense').click();
    await admin.getByTestId('expense').nth(1).waitFor();
    assert.equal(await admin.getByTestId('cost-total-spent').innerText(), 'CN¥1,500.00');
    assert.equal(await admin.getByTestId('cost-total-remaining').innerText(), 'CN¥1,500.00');
    a11y.push(...(await accessibility(admin, 'event-costs')));
    await screenshot(admin, 'event-costs');
  });

  await step('events: after its end the event is completed and reviewed (due date shown)', async () => {
    await admin.waitForTimeout(Math.max(0, eventEnd - Date.now()));
    await admin.goto(eventUrl);
    await admin.getByTestId('event-complete').click();
    await admin.getByTestId('event-confirm-yes').click();
    await admin.getByTestId('action-notice').waitFor();
    assert.equal(await admin.getByTestId('event-status').innerText(), 'Completed');
    await admin.getByTestId('tab-review').click();
    await admin.getByTestId('review-due').waitFor();
    assert.match(await admin.getByTestId('review-due').innerText(), /Due .*open/);
    await admin.getByTestId('review-goal').fill('120 leads expected, 1 qualified; attendance half of sign-ups.');
    await admin.getByTestId('review-efficiency').fill('Venue cost 60% of budget; catering under budget.');
    await admin.getByTestId('review-feedback').fill('Guests asked for a longer Q&A.');
    await admin.getByTestId('add-improvement').click();
    await admin.getByTestId('improvement-description').fill('Send reminders the day before');
    await admin.getByTestId('improvement-due').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await admin.getByTestId('save-review').click();
    await admin.getByTestId('review-saved').waitFor();
    assert.match(await admin.getByTestId('review-due').innerText(), /written/);
    a11y.push(...(await accessibility(admin, 'event-review')));
    await screenshot(admin, 'event-review');
  });

  await step('events: figures show attendance rate 50% and the cost figures; the figures list charts them', async () => {
    await admin.getByTestId('tab-figures').click();
    await admin.getByTestId('event-figures').waitFor();
    const figure = async (id) => (await admin.getByTestId(id).innerText()).trim();
    assert.equal(await figure('figure-attendance'), '50%');
    assert.equal(await figure('figure-cost'), 'CN¥1,500.00');
    assert.equal(await figure('figure-budget'), 'CN¥3,000.00');
    assert.equal(await figure('figure-registrants'), '2');
    assert.equal(await figure('figure-attendees'), '1');
    assert.equal(await figure('figure-leads'), '1');
    assert.equal(await figure('figure-cost-per-registrant'), 'CN¥750.00');
    assert.equal(await figure('figure-cost-per-attendee'), 'CN¥1,500.00');
    assert.equal(await figure('figure-cost-per-lead'), 'CN¥1,500.00');
    assert.equal(await figure('figure-roi'), '—');
    await admin.getByTestId('revenue-amount').fill('4500');
    await admin.getByTestId('save-revenue').click();
    await admin.getByTestId('revenue-saved').waitFor();
    await admin.getByTestId('figure-roi').filter({ hasText: '200%' }).waitFor();
    a11y.push(...(await accessibility(admin, 'event-figures')));
    await screenshot(admin, 'event-figures');
    await admin.goto(`${base}/events/figures`);
    const row = admin.getByTestId('figures-row').filter({ hasText: eventName });
    await row.waitFor();
    assert.match(await row.getByTestId('row-attendance').innerText(), /^50% \(1\/2\)$/);
    assert.match(await row.getByTestId('row-cost').innerText(), /CN¥1,500\.00 \/ CN¥3,000\.00/);
    await admin.getByTestId('figures-chart').locator('canvas').waitFor();
    a11y.push(...(await accessibility(admin, 'events-figures')));
    await screenshot(admin, 'events-figures');
  });

  await step('events: the finished event becomes a template; the templates page works on a 375 px phone', async () => {
    await admin.goto(eventUrl);
    await admin.getByTestId('save-as-template').click();
    await admin.getByTestId('template-form').getByTestId('template-name').fill('Salon template');
    await admin.getByTestId('template-form').getByTestId('template-save').click();
    await admin.getByTestId('template-form').waitFor({ state: 'detached' });
    const phoneTemplates = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(phoneTemplates);
    await signIn(phoneTemplates, 'admin');
    await phoneTemplates.goto(`${base}/events/templates`);
    const template = phoneTemplates.getByTestId('template').filter({ hasText: 'Salon template' });
    await template.waitFor();
    await template.getByTestId('template-plan-toggle').click();
    await template.getByTestId('template-plan').waitFor();
    await assertNoSidewaysScroll(phoneTemplates, 'phoneTemplates');
    a11y.push(...(await accessibility(phoneTemplates, 'event-templates-phone')));
    await screenshot(phoneTemplates, 'event-templates-phone');
  });

  await (await import('./steps/first-approval.mjs')).firstApprovalSteps({ step, browser, base, desktop, phone, accessibility, screenshot, choose, a11y, pages, waitForMailTo });
  await (await import('./steps/navigation-search.mjs')).navigationSearchSteps({ step, browser, base, desktop, phone, pages, apiCall, accessibility, screenshot, a11y });
  await (await import('./steps/daily-leftovers.mjs')).dailyLeftoversSteps({ step, browser, base, desktop, phone, accessibility, screenshot, a11y, pages });
  await step('no serious or critical accessibility violations', async () => {
    assert.deepEqual(a11y, []);
  });

  await step('no Content-Security-Policy violations in any page', async () => {
    assert.deepEqual(cspViolations, []);
  });
} finally {
  await browser.close();
  console.log(steps.join('\n'));
  if (a11y.length) console.log(a11y.join('\n'));
  if (cspViolations.length) console.log(cspViolations.join('\n'));
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
