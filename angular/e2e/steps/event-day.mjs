// Event day: the registration link is copied and printed as a QR poster, the public page shows the company's logo and
// the event's description, and the desk checks a registrant in by scanning their QR code with the phone's camera —
// Chromium's fake camera plays a video made from the registrant's own QR image.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { assertNoSidewaysScroll, launch, phone } from '../browser.mjs';

/** RGBA pixels of an image as the page draws it on a white canvas of the given size (centred, scaled to fit). */
async function pixelsOf(page, imageUrl, width, height) {
  return page.evaluate(async ([url, w, h]) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, w, h);
    const side = Math.min(w, h) * 0.8;
    context.drawImage(image, (w - side) / 2, (h - side) / 2, side, side);
    return Array.from(context.getImageData(0, 0, w, h).data);
  }, [imageUrl, width, height]);
}

/** A one-frame Y4M video (4:2:0, grey chroma) of RGBA pixels: what --use-file-for-fake-video-capture plays in a loop. */
function y4m(rgba, width, height) {
  const luma = Buffer.alloc(width * height);
  for (let i = 0; i < width * height; i++)
    luma[i] = Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]);
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma, chroma]);
}

export async function eventDaySteps({ step, browser, base, admin, eventUrl, publicUrl, signIn, accessibility, screenshot, a11y, pages }) {
  await step('event day: the registration link is copied; the QR poster encodes it and works on a phone', async () => {
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await admin.goto(`${eventUrl}?tab=registrations`);
    await admin.getByTestId('copy-public-link').click();
    await admin.getByTestId('copy-result').filter({ hasText: 'Link copied.' }).waitFor();
    assert.equal(await admin.evaluate(() => navigator.clipboard.readText()), publicUrl);
    assert.equal(await admin.getByTestId('registration-poster').getAttribute('href'), `${publicUrl}/poster`);

    const poster = await (await browser.newContext({ ...phone, locale: 'en-US' })).newPage();
    pages.push(poster);
    await poster.goto(`${publicUrl}/poster`);
    await poster.getByTestId('poster-qr').waitFor();
    assert.equal(await poster.getByTestId('poster-url').innerText(), publicUrl);
    const svg = await poster.getByTestId('poster-qr').evaluate((el) => `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(el))}`);
    const decoded = jsQR(Uint8ClampedArray.from(await pixelsOf(poster, svg, 400, 400)), 400, 400);
    assert.equal(decoded?.data, publicUrl, 'the poster\'s QR code encodes the registration link');
    await assertNoSidewaysScroll(poster, 'poster');
    a11y.push(...(await accessibility(poster, 'registration-poster-phone')));
    await screenshot(poster, 'registration-poster-phone');

    await poster.goto(publicUrl);
    await poster.waitForFunction(() => { const img = document.querySelector('[data-testid="register-logo"]'); return img?.complete && img.naturalWidth > 0; });
    assert.match(await poster.getByTestId('register-description').innerText(), /Meet the product team/);
    await poster.context().close();
  });

  await step('event day: the desk scans a registrant\'s QR code with the phone camera and sees the live count', async () => {
    const registrations = await admin.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${base}/api/events/${eventUrl.split('/').pop()}/registrations?filter=Lena`);
    const lena = registrations.items[0];
    const rgba = await pixelsOf(admin, `${base}/api/events/${lena.eventId}/registrations/${lena.id}/qr.svg`, 640, 480);
    const video = path.join(await mkdtemp(path.join(tmpdir(), 'msaas-camera-')), 'qr.y4m');
    await writeFile(video, y4m(rgba, 640, 480));

    const cameraBrowser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const context = await cameraBrowser.newContext({ ...phone, locale: 'en-US' });
      await context.grantPermissions(['camera'], { origin: base });
      const desk = await context.newPage();
      pages.push(desk);
      await signIn(desk, 'admin');
      await desk.goto(`${eventUrl}/check-in`);
      assert.equal(await desk.getByTestId('check-in-count').innerText(), 'Checked in: 1 of 2');
      await desk.getByTestId('check-in-camera').tap();
      // Lena checked in at the desk before: the scan finds her and says so.
      const outcome = desk.locator('[data-testid=check-in-outcome][data-kind=alreadyCheckedIn]');
      await outcome.waitFor({ timeout: 15_000 });
      assert.match(await outcome.innerText(), /Lena Li/);
      a11y.push(...(await accessibility(desk, 'check-in-camera-phone')));
      await screenshot(desk, 'check-in-camera-phone');
      pages.splice(pages.indexOf(desk), 1);
    } finally {
      await cameraBrowser.close();
    }
  });
}
