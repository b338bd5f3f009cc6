// Issue 13's main journey, in a brand-new company signed up through the portal (nothing seeded, nothing set up through
// the API): the checklist on home → the standard org chart from the org-chart page → two people invited by e-mail from
// the users page, each accepting the mailed link with a password of their own → the admin puts them on the org chart
// (Mei Chen as Marketing Specialist in Marketing, 王强 as Head of Marketing, the head the default expense rule routes to
// first; the admin herself holds Finance reviewer, the rule's second stage) → the default approval policies → Mei submits
// a 30,000 CNY expense with a reason and a receipt → 王强 approves it on a 375 × 812 phone, in Chinese, after reading
// the reason, the receipt and the amount → the admin approves the finance stage → Mei sees it approved.
// axe on every page; no sideways scrolling on the phone pages.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

const password = 'Admin@12345';

/** A 1 × 1 PNG: attachments are checked by their magic bytes. */
const receiptPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export async function firstApprovalSteps({ step, browser, base, desktop, phone, accessibility, screenshot, choose, a11y, pages, waitForMailTo }) {
  const slug = `fa-${Date.now().toString(36)}`;
  const people = {
    staff: { familyName: 'Chen', givenName: 'Mei', name: 'Mei Chen', email: `mei.chen@${slug}.test`, culture: 'English', password: 'Mei@Chen-2026' },
    director: { familyName: '王', givenName: '强', name: '王强', email: `wang.qiang@${slug}.test`, culture: '简体中文', password: 'Wang@Qiang-2026' },
  };
  const title = 'Trade fair booth deposit';
  const reason = 'Deposit for the booth at the Shanghai trade fair in March.';
  const signIn = async (page, userName, secret) => {
    await page.goto(`${base}/account/sign-in`);
    await page.fill('#tenant', slug);
    await page.fill('#userName', userName);
    await page.fill('#password', secret);
    await page.click('button[type=submit]');
    await page.getByTestId('tenant-name').waitFor();
  };
  const check = async (page, name) => a11y.push(...(await accessibility(page, `first-approval ${name}`)));
  const admin = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(admin);

  await step('first approval: a new company signs up on the portal and sees the setup checklist on home', async () => {
    await admin.goto(`${base}/account/sign-up`);
    await check(admin, 'sign-up');
    await admin.fill('#companyName', 'First Approval Ltd');
    await admin.fill('#slug', slug);
    await admin.fill('#adminName', 'Fay Admin');
    await admin.fill('#email', `admin@${slug}.test`);
    await admin.fill('#password', password);
    await admin.click('button[type=submit]');
    await admin.getByTestId('tenant-name').waitFor();
    const checklist = admin.getByTestId('onboarding');
    await checklist.waitFor();
    assert.equal(await checklist.getAttribute('data-done'), '0', 'a new company has done no step');
    await check(admin, 'home checklist');
    await screenshot(admin, 'first-approval-checklist');
  });

  await step('first approval: the admin chooses the standard org chart on the org-chart page', async () => {
    await admin.locator('[data-testid=onboarding-step][data-step=orgChart] a').first().click();
    await admin.waitForURL(/\/org$/);
    await admin.getByTestId('import-standard').click();
    await admin.locator('[data-testid=position][data-position="Head of Marketing"]').waitFor();
    assert.ok(Number(await admin.getByTestId('vacancy-count').getAttribute('data-count')) > 0, 'the imported positions are vacant');
    await check(admin, 'org chart imported');
  });

  await step('first approval: the admin invites two people by e-mail; each sets a password through the mailed link', async () => {
    await admin.goto(`${base}/identity/users`);
    await admin.getByTestId('invite-form').waitFor();
    for (const person of Object.values(people)) {
      await admin.fill('#invite-familyName', person.familyName);
      await admin.fill('#invite-givenName', person.givenName);
      await admin.fill('#invite-email', person.email);
      await choose(admin, admin.getByTestId('invite-culture'), person.culture);
      await admin.getByTestId('send-invitation').click();
      await admin.getByTestId('invitation').filter({ hasText: person.email }).waitFor();
    }
    await check(admin, 'users with invitations');

    for (const [who, person] of Object.entries(people)) {
      const mail = await waitForMailTo(person.email);
      assert.match(mail.body, who === 'director' ? /邀请/ : /invite/i, `the mail is in the invitee's language: ${mail.body}`);
      const link = mail.body.match(/https?:\/\/\S+\/account\/accept-invitation\?\S+/)?.[0];
      assert.ok(link?.startsWith(`${base}/account/accept-invitation?tenant=${slug}&`), `an invitation link in: ${mail.body}`);
      const device = who === 'director' ? { ...phone, locale: 'zh-CN' } : { ...desktop, locale: 'en-US' };
      const invitee = await (await browser.newContext(device)).newPage();
      pages.push(invitee);
      await invitee.goto(link);
      await invitee.getByTestId('invitation-preview').waitFor();
      person.userName = await invitee.inputValue('#userName');
      assert.ok(person.userName, 'a user name is suggested');
      await invitee.fill('#password', person.password);
      await invitee.fill('#confirm', person.password);
      await check(invitee, `accept invitation (${who})`);
      if (who === 'director') await assertNoSidewaysScroll(invitee, 'the accept page');
      await invitee.getByTestId('accept-invitation').click();
      await invitee.waitForURL((url) => url.pathname === '/');
      await invitee.getByTestId('tenant-name').waitFor({ state: 'attached' });
      await invitee.locator('main h1, main h2').first().waitFor();
      if (who === 'director') await assertNoSidewaysScroll(invitee, 'home after accepting');
      await check(invitee, `home after accepting (${who})`);
      await invitee.context().close();
    }
    await admin.reload();
    await admin.getByTestId('no-invitations').waitFor();
    for (const person of Object.values(people)) await admin.getByTestId('user').filter({ hasText: person.email }).waitFor();
  });

  await step('first approval: the admin puts Mei on Marketing Specialist, 王强 on Head of Marketing and herself on Finance reviewer', async () => {
    await admin.goto(`${base}/org`);
    const assignments = [
      ['Marketing Specialist', `(${people.staff.userName})`, people.staff.name],
      ['Head of Marketing', `(${people.director.userName})`, people.director.name],
      ['Finance reviewer', '(admin)', 'Fay Admin'],
    ];
    for (const [post, option, holder] of assignments) {
      const position = admin.locator(`[data-testid=position][data-position="${post}"]`);
      await position.getByTestId('position-actions').click();
      await admin.locator('.ant-dropdown:visible [data-testid=assign-holders]').click();
      await choose(admin, position.getByTestId('holder-select'), option);
      await position.getByTestId('save-holders').click();
      await position.getByTestId('holder').filter({ hasText: holder }).waitFor();
    }
    await check(admin, 'org chart with holders');
    await screenshot(admin, 'first-approval-org-chart');
  });

  await step('first approval: the admin imports the default approval policies; the finance stage names its holder today', async () => {
    await admin.goto(`${base}/approvals/policies`);
    await admin.getByTestId('empty').waitFor();
    await admin.getByRole('button', { name: 'Import default policies' }).click();
    await admin.getByRole('button', { name: 'Expense', exact: true }).click();
    // The first stage is the head of the requester's unit (a person only per request), the second names its holder.
    await admin.getByText('Today: Fay Admin').waitFor();
    await check(admin, 'default policies');
    await admin.goto(`${base}/`);
    for (const done of ['orgChart', 'people', 'approvalPolicies']) {
      await admin.locator(`[data-testid=onboarding-step][data-step=${done}][data-done=true]`).waitFor();
    }
    await check(admin, 'home with three steps done');
  });

  const staff = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
  pages.push(staff);
  let requestUrl = '';
  await step('first approval: Mei signs in and submits a 30,000 CNY expense with a reason and a receipt', async () => {
    await signIn(staff, people.staff.userName, people.staff.password);
    await check(staff, 'home (staff)');
    await staff.goto(`${base}/approvals/new`);
    assert.equal(await staff.locator('nz-select:has(#businessType) .ant-select-selection-item').innerText(), 'Expense', 'an expense is the default');
    await staff.fill('#title', title);
    await staff.fill('#description', reason);
    await staff.fill('#amount', '30000');
    assert.equal(await staff.inputValue('#currency'), 'CNY');
    await staff.getByTestId('attachments-input').setInputFiles({ name: 'booth-receipt.png', mimeType: 'image/png', buffer: receiptPng });
    const preview = staff.getByTestId('route-preview');
    await preview.getByText(people.director.name).waitFor();
    await preview.getByText('Fay Admin').waitFor();
    await check(staff, 'submit expense');
    await staff.getByTestId('submit').click();
    await staff.waitForURL(/\/approvals\/requests\/[0-9a-f-]{36}$/);
    requestUrl = staff.url();
    assert.equal(await staff.getByTestId('status').innerText(), 'Pending');
    await staff.getByTestId('attachment').filter({ hasText: 'booth-receipt.png' }).waitFor();
    await check(staff, 'request submitted');
    await screenshot(staff, 'first-approval-submitted');
  });

  await step('first approval: 王强 opens it from the inbox on a 375 × 812 phone, reads reason, receipt and amount, and approves', async () => {
    const director = await (await browser.newContext({ ...phone, locale: 'zh-CN' })).newPage();
    pages.push(director);
    await signIn(director, people.director.userName, people.director.password);
    await assertNoSidewaysScroll(director, 'the director\'s home');
    await check(director, 'home (phone)');
    await director.getByTestId('open-menu').tap();
    await director.getByTestId('menu-/approvals/inbox').tap();
    const item = director.getByTestId('approval-item').filter({ hasText: title });
    await item.waitFor();
    await assertNoSidewaysScroll(director, 'the director\'s inbox');
    await check(director, 'inbox (phone)');
    await item.getByRole('link', { name: title }).tap();
    await director.waitForURL(requestUrl);
    assert.equal(await director.getByTestId('description').innerText(), reason);
    const receipt = director.getByTestId('attachment').filter({ hasText: 'booth-receipt.png' });
    const download = await director.request.get(new URL(await receipt.getAttribute('href'), base).href);
    assert.equal(download.status(), 200, 'the approver can open the receipt');
    assert.deepEqual(await download.body(), receiptPng);
    assert.match(await director.getByTestId('amount').innerText(), /30,000\.00/);
    const approve = director.getByTestId('approve');
    const box = await approve.boundingBox();
    assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 375, `approve button reachable: ${JSON.stringify(box)}`);
    await assertNoSidewaysScroll(director, 'the request page');
    await check(director, 'request (phone)');
    await screenshot(director, 'first-approval-director-phone');
    await director.getByTestId('comment').fill('同意，展位押金按合同支付');
    await approve.tap();
    await director.getByTestId('decision-saved').filter({ hasText: '审批意见已提交。' }).waitFor();
    await director.getByTestId('log-entry').nth(1).waitFor();
    assert.equal(await director.getByTestId('status').innerText(), '审批中', 'the finance stage is still to come');
    await director.context().close();
  });

  await step('first approval: the admin approves the finance stage; Mei sees the request approved', async () => {
    await admin.goto(`${base}/approvals/inbox`);
    const item = admin.getByTestId('approval-item').filter({ hasText: title });
    await item.getByTestId('approve').click();
    await admin.getByTestId('empty').waitFor();
    assert.equal(await admin.getByTestId('own-status').innerText(), 'Decision saved.');
    await check(admin, 'inbox after approving');
    await staff.goto(requestUrl);
    await staff.getByTestId('status').filter({ hasText: 'Approved' }).waitFor();
    assert.equal(await staff.getByTestId('log-entry').count(), 3, 'submitted, approved by 王强, approved by Fay Admin');
    await check(staff, 'request approved');
    await screenshot(staff, 'first-approval-approved');
  });
}
