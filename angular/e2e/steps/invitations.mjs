// Inviting a colleague by e-mail (issue 13): the admin invites one person from the users page (an empty submit first
// shows the field errors), the mail arrives, the invitee opens its link on a 375 × 812 phone, chooses a password and
// lands signed in on home; the admin's pending list is then empty. Runs right after the approver and requester exist.
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

export async function invitationSteps({ step, browser, base, slug, admin, accessibility, screenshot, a11y, pages, waitForMailTo, phone }) {
  await step('the admin invites a colleague; on a phone the invitee opens the mailed link, sets a password and lands signed in', async () => {
    const email = `invitee@${slug}.test`;
    await admin.goto(`${base}/identity/users`);
    const form = admin.getByTestId('invite-form');
    await form.waitFor();
    await admin.getByTestId('send-invitation').click();
    for (const id of ['invite-familyName', 'invite-givenName', 'invite-email']) {
      await form.locator(`nz-form-item:has(#${id}) .ant-form-item-explain-error`).waitFor();
    }
    await admin.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    a11y.push(...(await accessibility(admin, 'invite-form-errors')));
    await screenshot(admin, 'invite-form-errors');
    await admin.fill('#invite-familyName', 'Li');
    await admin.fill('#invite-givenName', 'Na');
    await admin.fill('#invite-email', email);
    await admin.getByTestId('send-invitation').click();
    await admin.getByTestId('invitation-sent').waitFor();
    await admin.getByTestId('invitation').filter({ hasText: email }).waitFor();

    const mail = await waitForMailTo(email);
    const link = mail.body.match(/https?:\/\/\S+\/account\/accept-invitation\?\S+/)?.[0];
    assert.ok(link?.startsWith(`${base}/account/accept-invitation?tenant=${slug}&`), `an invitation link to this portal in: ${mail.body}`);

    // The preview and accept calls have their own per-address budget (RateLimits:InvitationPerMinute, 10 a minute), so
    // the password-reset step before this one does not leave them limited.
    const preview = await admin.request.get(`${base}/api/account/invitation?${new URL(link).searchParams}`);
    assert.equal(preview.status(), 200, `the link's preview: ${preview.status()}`);
    assert.equal((await preview.json()).companyName, 'E2E Marketing Ltd', 'the preview names the company');

    const invitee = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(invitee);
    await invitee.goto(link);
    await invitee.getByTestId('invitation-preview').waitFor();
    assert.equal(new URL(invitee.url()).search, `?tenant=${slug}`, 'the token leaves the address bar');
    assert.equal(await invitee.inputValue('#userName'), 'invitee', 'the user name suggested from the e-mail');
    await invitee.fill('#password', 'weak');
    await invitee.fill('#confirm', 'weak');
    await invitee.getByTestId('accept-invitation').click();
    await invitee.locator('nz-form-item:has(#password) .ant-form-item-explain-error').waitFor();
    await invitee.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    a11y.push(...(await accessibility(invitee, 'accept-invitation (phone)')));
    await screenshot(invitee, 'accept-invitation-phone');
    await assertNoSidewaysScroll(invitee, 'invitee');
    await invitee.fill('#password', 'Invitee@12345');
    await invitee.fill('#confirm', 'Invitee@12345');
    await invitee.getByTestId('accept-invitation').click();
    await invitee.waitForURL((url) => url.pathname === '/');
    await invitee.getByTestId('tenant-name').waitFor({ state: 'attached' });
    const me = await invitee.request.get(`${base}/api/account/me`);
    assert.ok(me.ok(), `signed in as the invitee: ${me.status()}`);
    assert.equal((await me.json()).userName, 'invitee');

    // The used link now says why it no longer works.
    await invitee.context().clearCookies();
    await invitee.goto(link);
    await invitee.getByTestId('invitation-unusable').waitFor();

    await admin.reload();
    await admin.getByTestId('no-invitations').waitFor();
    await admin.getByTestId('user').filter({ hasText: email }).waitFor();
  });
}
