import assert from 'node:assert/strict';
import { assertNoSidewaysScroll } from '../browser.mjs';

/**
 * Issue 13 (approval pages): the route preview with names, a request with a receipt, the approver's phone view
 * (attachment, timeline), bulk approval of two requests on the desktop, and one reminder a day.
 * `h` carries run.mjs's helpers and pages: { base, browser, desktop, phone, step, signIn, screenshot, accessibility, a11y, pages, requester }.
 */
export async function approvalSteps(h) {
  const { base, browser, desktop, phone, step, signIn, screenshot, accessibility, a11y, pages, requester } = h;
  const submit = async (title, amount, file) => {
    await requester.goto(`${base}/approvals/new`);
    await requester.fill('#title', title);
    await requester.fill('#amount', String(amount));
    if (file) await requester.getByTestId('attachments-input').setInputFiles(file);
    await requester.getByTestId('route-preview').getByText('Alice Approver').waitFor();
    await requester.getByTestId('submit').click();
    await requester.waitForURL(/\/approvals\/requests\//);
    await requester.getByTestId('status').waitFor();
    return requester.url();
  };

  let receiptUrl = '';
  await step('the requester sees the route preview with names and submits with a receipt', async () => {
    receiptUrl = await submit('Booth receipt', 15000, { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await requester.getByTestId('attachment').filter({ hasText: 'receipt.pdf' }).waitFor();
    a11y.push(...(await accessibility(requester, 'request-with-attachment')));
  });

  await step('a reminder is sent once; the second the same day is refused with the message', async () => {
    await requester.goto(`${base}/approvals/inbox`);
    await requester.getByTestId('view-submitted-by-me').click();
    const item = requester.getByTestId('approval-item').filter({ hasText: 'Booth receipt' });
    await item.getByTestId('remind').click();
    await item.getByTestId('remind-sent').filter({ hasText: 'Alice Approver' }).waitFor();
    await item.getByTestId('remind').click();
    await item.getByTestId('own-error').filter({ hasText: 'tomorrow' }).waitFor();
    await screenshot(requester, 'reminder-refused');
  });

  await step('the approver sees the attachment and the timeline on a 375 × 812 phone and approves', async () => {
    const approver = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(approver);
    await signIn(approver, 'approver');
    await approver.goto(receiptUrl);
    await approver.getByTestId('attachment').filter({ hasText: 'receipt.pdf' }).waitFor();
    assert.ok((await approver.getByTestId('log-entry').count()) >= 1, 'the timeline shows the submission');
    await assertNoSidewaysScroll(approver, 'approver');
    a11y.push(...(await accessibility(approver, 'request-details-phone')));
    await approver.getByTestId('approve').tap();
    await approver.getByTestId('log-entry').nth(1).waitFor();
  });

  await step('the approver approves two requests at once on the desktop', async () => {
    await submit('Bulk one', 11000);
    await submit('Bulk two', 12000);
    const approver = await (await browser.newContext({ ...desktop, locale: 'en-US' })).newPage();
    pages.push(approver);
    await signIn(approver, 'approver');
    await approver.goto(`${base}/approvals/inbox`);
    await approver.getByTestId('bulk-all').waitFor();
    for (const title of ['Bulk one', 'Bulk two']) {
      await approver.getByTestId('approval-item').filter({ hasText: title }).getByTestId('bulk-pick').check();
    }
    a11y.push(...(await accessibility(approver, 'bulk-approve')));
    await approver.getByTestId('bulk-approve').click();
    await approver.getByTestId('own-status').filter({ hasText: /2 requests approved\.|已通过 2 个申请/ }).waitFor();
    await screenshot(approver, 'bulk-approved');
  });
}
