// Issue 14's main journey, in a fresh company of its own (nothing seeded): the admin creates two people and the
// positions that own SC-007's first two steps, imports the default templates and starts SC-007 → the first step's
// holder, on a 375 × 812 phone, finds it in My tasks and completes it with a deliverable file → the second step's
// holder, already signed in on a desktop, sees the bell's count rise without a reload ("step ready", polling every
// 10 s) and finds the task in My tasks. axe on each page; no sideways scrolling on the phone pages.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

const password = 'Admin@12345';

export async function taskJourneySteps({ step, browser, base, desktop, phone, accessibility, screenshot, choose, a11y, pages }) {
  const slug = `tj-${Date.now().toString(36)}`;
  const signIn = async (page, userName) => {
    await page.goto(`${base}/account/sign-in`);
    await page.fill('#tenant', slug);
    await page.fill('#userName', userName);
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
  const admin = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(admin);
  let templateId = '';

  await step('task journey: a fresh company; two people hold the posts of SC-007\'s first two steps; the default templates are imported', async () => {
    await admin.goto(`${base}/account/sign-up`);
    await admin.fill('#companyName', 'Task Journey Ltd');
    await admin.fill('#slug', slug);
    await admin.fill('#adminName', 'Tia Admin');
    await admin.fill('#email', `admin@${slug}.test`);
    await admin.fill('#password', password);
    await admin.click('button[type=submit]');
    await admin.getByTestId('tenant-name').waitFor();
    for (const [userName, name, post] of [['researcher', 'Rita Researcher', 'Market Researcher'], ['executor', 'Eddie Executor', 'Event Executor']]) {
      const user = await api(admin, 'POST', '/api/identity/users', { userName, name, email: `${userName}@${slug}.test`, password, roleNames: ['staff'] });
      await api(admin, 'POST', '/api/org/positions', { name: post, holderUserIds: [user.id] });
    }
    await admin.goto(`${base}/processes/templates`);
    await admin.getByTestId('import-default').click();
    await admin.getByTestId('notice').waitFor();
    await admin.getByTestId('template').filter({ hasText: 'SC-007' }).waitFor();
    // SC-007's first step (research) has no deliverable in the documents: the admin asks for research notes (v2).
    templateId = (await api(admin, 'GET', '/api/processes/templates')).find((t) => t.code === 'SC-007').id;
    const template = await api(admin, 'GET', `/api/processes/templates/${templateId}`);
    const latest = template.versions.reduce((a, b) => (Number(b.number) > Number(a.number) ? b : a));
    const steps = latest.steps.map((s, i) => (i === 0 ? { ...s, deliverables: [{ name: 'Research notes', isRequired: true }] } : s));
    await api(admin, 'PUT', `/api/processes/templates/${template.id}/draft`, { name: template.name, category: template.category, steps, concurrencyStamp: template.concurrencyStamp });
    await api(admin, 'POST', `/api/processes/templates/${template.id}/publish`);
  });

  await step('task journey: the admin starts SC-007 from the page', async () => {
    await admin.goto(`${base}/processes/instances`);
    await admin.getByTestId('empty').waitFor();
    await choose(admin, admin.getByTestId('start-template'), 'SC-007');
    const started = admin.waitForResponse((r) => r.url().endsWith('/api/processes/instances') && r.request().method() === 'POST');
    await admin.getByTestId('start').click();
    const response = await started;
    assert.equal(response.status(), 201, await response.text());
    const instance = await response.json();
    assert.equal(Number(instance.templateVersionNumber), 2, 'started from the version with the research notes');
    await admin.getByTestId('timeline-step').first().waitFor();
  });

  // The second step's holder is signed in before the first step completes: the bell must change by itself.
  const executor = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(executor);
  let unreadBefore = 0;
  await step('task journey: the second step\'s holder is signed in on a desktop; the bell counts the assignment', async () => {
    await signIn(executor, 'executor');
    const badge = executor.getByTestId('unread-count');
    await badge.waitFor();
    unreadBefore = Number(await badge.innerText());
    assert.ok(unreadBefore >= 1, `the step assignment is unread (${unreadBefore})`);
  });

  await step('task journey: the first step\'s holder completes it with a deliverable file from My tasks on a 375 × 812 phone', async () => {
    const researcher = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(researcher);
    await signIn(researcher, 'researcher');
    await researcher.getByTestId('open-menu').click();
    await researcher.getByTestId('menu-/processes/my-tasks').click();
    const task = researcher.getByTestId('task').filter({ hasText: 'SC-007' }).first();
    await task.waitFor();
    await task.getByTestId('task-due').waitFor();
    await task.getByTestId('reassign').waitFor();
    await assertNoSidewaysScroll(researcher, 'my tasks');
    a11y.push(...(await accessibility(researcher, 'task-journey my-tasks (phone)')));
    await task.getByTestId('hand-in').tap();
    await task.getByTestId('deliverable-file').setInputFiles({ name: 'research-notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await task.getByTestId('deliverable-provided').waitFor();
    await assertNoSidewaysScroll(researcher, 'my tasks, hand-in open');
    a11y.push(...(await accessibility(researcher, 'task-journey hand-in (phone)')));
    await screenshot(researcher, 'task-journey-hand-in-phone');
    await task.getByTestId('complete-task').tap();
    await researcher.getByTestId('task-notice').waitFor();
    await researcher.getByTestId('task').filter({ hasText: 'SC-007' }).waitFor({ state: 'detached' });
    await screenshot(researcher, 'task-journey-completed-phone');

    await researcher.goto(`${base}/processes/board?templateId=${templateId}`);
    await researcher.getByTestId('board-card').first().waitFor();
    await assertNoSidewaysScroll(researcher, 'board');
    a11y.push(...(await accessibility(researcher, 'task-journey board (phone)')));
    await screenshot(researcher, 'task-journey-board-phone');
    await researcher.context().close();
  });

  await step('task journey: the second step\'s holder hears "step ready" without a reload and finds the task in My tasks', async () => {
    const badge = executor.getByTestId('unread-count');
    // The bell polls every 10 s while the tab is visible.
    await executor.waitForFunction(
      (before) => Number(document.querySelector('[data-testid=unread-count]')?.textContent ?? 0) > before,
      unreadBefore,
      { timeout: 15_000 },
    );
    assert.equal(Number(await badge.innerText()), unreadBefore + 1);
    await executor.getByTestId('bell').click();
    await executor.getByTestId('see-all-notifications').click();
    await executor.waitForURL(/\/notifications$/);
    await executor.getByTestId('filter-kind').selectOption('StepReady');
    const ready = executor.getByTestId('notification-item');
    await ready.first().waitFor();
    assert.equal(await ready.count(), 1, 'one "step ready" notification');
    assert.ok((await ready.getByTestId('notification-link').getAttribute('href'))?.startsWith('/processes/instances/'), 'links to the process');
    a11y.push(...(await accessibility(executor, 'task-journey notifications by kind')));
    await screenshot(executor, 'task-journey-step-ready');
    await executor.goto(`${base}/processes/my-tasks`);
    await executor.getByTestId('task').filter({ hasText: 'SC-007' }).first().waitFor();
    a11y.push(...(await accessibility(executor, 'task-journey my-tasks (desktop)')));
    await screenshot(executor, 'task-journey-my-tasks');
  });

  await step('task journey: the settings page has no sideways scrolling on a 375 px phone', async () => {
    const phoneAdmin = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(phoneAdmin);
    await signIn(phoneAdmin, 'admin');
    await phoneAdmin.goto(`${base}/administration/settings`);
    await phoneAdmin.getByTestId('setting-Platform.TimeZone').waitFor();
    await assertNoSidewaysScroll(phoneAdmin, 'settings');
    a11y.push(...(await accessibility(phoneAdmin, 'task-journey settings (phone)')));
    await screenshot(phoneAdmin, 'task-journey-settings-phone');
    await phoneAdmin.context().close();
  });
  await executor.context().close();
  await admin.context().close();
}
