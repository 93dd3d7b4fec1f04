import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

const root = join(__dirname, '..', '..');

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('opi-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Writes a proposal on the session's "Ideal conditions" tab. */
async function propose(page: Page, title: string, problem: string, proposal: string): Promise<void> {
  await page.getByRole('tab', { name: 'Ideal conditions' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add proposal' }) });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Problem').fill(problem);
  await form.getByLabel('Proposal', { exact: true }).fill(proposal);
  await form.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByText(`“${title}” is added.`)).toBeVisible();
}

/** Scores one proposal on the "Prioritising" tab. */
async function score(page: Page, title: string, opportunity: number, difficulty: number): Promise<void> {
  await page.getByRole('tab', { name: 'Prioritising' }).click();
  const item = page.locator('li.scoring__item').filter({ has: page.getByRole('heading', { name: title }) });
  const groups = item.locator('mat-button-toggle-group');
  await groups.nth(0).getByRole('radio', { name: String(opportunity), exact: true }).click();
  const saved = page.waitForResponse((r) => /\/scores\//.test(r.url()) && r.request().method() === 'PUT');
  await groups.nth(1).getByRole('radio', { name: String(difficulty), exact: true }).click();
  expect((await saved).status()).toBe(204);
}

/** Renders page 1 of a PDF with pdf.js in the browser: its text, and a PNG of it. */
async function renderFirstPage(browser: Browser, pdf: Buffer): Promise<{ text: string; png: Buffer }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const pdfjs = join(root, 'node_modules', 'pdfjs-dist', 'build');
  // A page of our own, served from the test (no network): pdf.js and the document.
  await page.route('http://pdf.render/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas id="c"></canvas>' });
    if (path === '/report.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(pdfjs, path.slice(1))) });
  });
  await page.goto('http://pdf.render/');
  const text = await page.evaluate(async () => {
    const pdfjsLib = await import('http://pdf.render/pdf.mjs' as string);
    pdfjsLib.GlobalWorkerOptions.workerSrc = 'http://pdf.render/pdf.worker.mjs';
    const doc = await pdfjsLib.getDocument({ url: 'http://pdf.render/report.pdf' }).promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 1.4 });
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const content = await first.getTextContent();
    return content.items.map((item: { str?: string }) => item.str ?? '').join(' ');
  });
  const png = await page.locator('#c').screenshot();
  await context.close();
  return { text, png };
}

test.describe('co-creation workshops', () => {
  test.setTimeout(120_000);

  test('a facilitator runs a session: two participants propose and score, the matrix follows live, the PDF report shows it', async ({ browser }, testInfo) => {
    const facilitator = await (await browser.newContext()).newPage();
    await signIn(facilitator, 'cluster@demo.opi');

    // The demo series; a new session in it.
    await facilitator.goto('/workshops');
    await facilitator.getByRole('link', { name: /Welfare technology in North Jutland/ }).click();
    const form = facilitator.locator('form').filter({ has: facilitator.getByRole('button', { name: 'Add session' }) });
    await form.getByLabel('Title').fill('Frederikshavn: the next round');
    await form.getByRole('textbox', { name: 'Date' }).fill('3/2/2027');
    await form.getByRole('combobox', { name: 'Start time' }).fill('9:30 AM');
    await form.getByLabel('Place').fill('Frederikshavn library');
    await form.getByRole('button', { name: 'Add session' }).click();
    await facilitator.getByRole('link', { name: 'Session 3: Frederikshavn: the next round' }).click();
    await expect(facilitator).toHaveURL(/\/workshops\/sessions\/[0-9a-f-]{36}$/);

    // Participants: a portal member, and a guest with a personal link.
    await facilitator.getByRole('tab', { name: 'Participants' }).click();
    const addForm = facilitator.locator('form').filter({ has: facilitator.getByRole('button', { name: 'Add participant' }) });
    await addForm.getByLabel('E-mail address').fill('entrepreneur@demo.opi');
    await addForm.getByLabel('Side').click();
    await facilitator.getByRole('option', { name: 'Entrepreneur' }).click();
    await addForm.getByRole('button', { name: 'Add participant' }).click();
    await expect(facilitator.getByText('Emma Entrepreneur is added.')).toBeVisible();

    await addForm.getByText('A guest (no account)').click();
    await addForm.getByLabel('E-mail address').fill('sofie@home-care.example');
    await addForm.getByLabel('Name', { exact: true }).fill('Sofie Guest');
    await addForm.getByLabel('Side').click();
    await facilitator.getByRole('option', { name: 'Healthcare actor' }).click();
    await addForm.getByRole('button', { name: 'Add participant' }).click();
    const link = await facilitator.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/workshops\/join\/[\w-]+$/);

    // The facilitator moves the session on and watches the matrix.
    await facilitator.getByRole('button', { name: 'On to Ideal conditions' }).click();
    await facilitator.getByRole('button', { name: 'On to Prioritising' }).click();
    await facilitator.getByRole('tab', { name: 'Prioritising' }).click();
    await expect(facilitator.getByText('No scores yet.')).toBeVisible();
    const sessionUrl = facilitator.url();

    // Two participants on their phones: Emma signed in, Sofie through her link.
    const phone = { viewport: { width: 390, height: 844 } };
    const emma = await (await browser.newContext(phone)).newPage();
    await signIn(emma, 'entrepreneur@demo.opi');
    await emma.goto(sessionUrl);
    const sofie = await (await browser.newContext(phone)).newPage();
    await sofie.goto(new URL(link).pathname);
    await expect(sofie).toHaveURL(sessionUrl);
    await expect(sofie.getByText(/You take part as Sofie Guest/)).toBeVisible();

    await propose(emma, 'Night sensors shared across municipalities', 'Every municipality tests alone.', 'One joint test of night sensors.');
    await propose(sofie, 'Relatives in the test panel', 'Relatives hear about tests too late.', 'A panel of relatives reviews each test plan.');

    await score(emma, 'Night sensors shared across municipalities', 5, 2);
    await score(sofie, 'Night sensors shared across municipalities', 4, 2);
    await score(sofie, 'Relatives in the test panel', 2, 4);

    // The facilitator's screen has followed without a reload.
    const figures = facilitator.getByRole('region', { name: 'The matrix in figures' });
    await expect(figures.getByRole('row', { name: /Night sensors shared across municipalities/ })).toContainText('4.5');
    await expect(figures.getByRole('row', { name: /Night sensors shared across municipalities/ })).toContainText('Quick wins');
    await expect(figures.getByRole('row', { name: /Relatives in the test panel/ })).toContainText('Thankless tasks');
    await expect(facilitator.getByText('2 participants have scored.')).toBeVisible();
    await expect(facilitator.getByTestId('matrix-chart').locator('svg')).toBeVisible();
    await expectNoSeriousA11yViolations(facilitator);

    // The report, and its PDF: page one shows the matrix.
    await facilitator.goto(sessionUrl.replace(/\/workshops\/sessions\/.*/, '/workshops'));
    await facilitator.getByRole('link', { name: /Welfare technology in North Jutland/ }).click();
    await facilitator.getByRole('link', { name: 'Report' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Opportunity and difficulty of the proposals' })).toBeVisible();
    const downloading = facilitator.waitForEvent('download');
    await facilitator.getByRole('button', { name: 'Download PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('workshop-report.pdf');
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const { text, png } = await renderFirstPage(browser, pdf);
    // Kept with the test's results (tmp/e2e-results/…) to look at.
    writeFileSync(testInfo.outputPath('report-page-1.png'), png);
    await testInfo.attach('report-page-1.png', { body: png, contentType: 'image/png' });
    expect(text).toContain('Welfare technology in North Jutland');
    for (const label of ['Quick wins', 'Major projects', 'Fill-ins', 'Thankless tasks', 'Opportunity / importance', 'Difficulty / feasibility']) {
      expect(text).toContain(label);
    }
    // The chart's points are labelled with the proposals (shortened when long).
    expect(text).toContain('Relatives in the test panel');
  });
});
