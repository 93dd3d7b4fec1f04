import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('matching', () => {
  test('a company opens its offering, sees proposed test sites with reasons, and marks one interesting', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('entrepreneur@demo.opi');
    await page.getByLabel('Password').fill('opi-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/my\/organisations/);

    // Their own offering, from "My offerings".
    await page.goto('/my/offerings');
    const first = page.getByRole('link', { name: 'Door Guard: discreet exit alerts for people with dementia', exact: true });
    await first.click();
    await expect(page).toHaveURL(/\/offerings\/[0-9a-f-]{36}$/);

    const panel = page.getByRole('region', { name: 'Proposed test sites' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Proposed test sites' })).toBeVisible();
    const proposals = panel.getByRole('listitem').filter({ has: page.getByRole('meter') });
    await expect(proposals.first()).toBeVisible();
    const top = proposals.first();
    await expect(top.getByRole('meter')).toHaveAccessibleName(/^Match \d+ ?%$/);
    await expect(top.getByRole('link').first()).toHaveAttribute('href', /\/organisations\/[0-9a-f-]{36}/);
    await expect(top.getByRole('list', { name: 'Why it was proposed' }).getByRole('listitem').first()).toBeVisible();

    const interesting = top.getByRole('button', { name: 'Interesting' });
    await expect(interesting).toHaveAttribute('aria-pressed', 'false');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/matches/feedback') && r.request().method() === 'PUT');
    await interesting.click();
    expect((await saved).status()).toBe(204);
    await expect(interesting).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page);

    // Kept after a reload.
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Proposed test sites' }).getByRole('button', { name: 'Interesting', pressed: true }).first(),
    ).toBeVisible();
  });

  test('a visitor sees the proposed partners and similar needs of a need, with reasons, in Danish', async ({ page }) => {
    await page.goto('/needs?lang=da');
    await page.locator('mat-card a').first().click();
    const panel = page.getByRole('region', { name: 'Foreslåede partnere' });
    await expect(panel.getByRole('meter').first()).toBeVisible();
    await expect(panel.getByText('Log ind for at gemme forslag')).toBeVisible();

    // Knowledge institutions to evaluate a test, and needs like it elsewhere to join forces with.
    await expect(page.getByRole('region', { name: 'Evalueringspartnere' }).getByRole('heading', { level: 2 })).toBeVisible();
    const similar = page.getByRole('region', { name: 'Lignende behov andre steder' });
    await expect(similar.getByRole('meter').first()).toBeVisible();
    const firstSimilar = similar.getByRole('listitem').filter({ has: page.getByRole('meter') }).first();
    await expect(firstSimilar.getByRole('link').first()).toHaveAttribute('href', /\/needs\/[0-9a-f-]{36}/);
    await expectNoSeriousA11yViolations(page);
  });
});
