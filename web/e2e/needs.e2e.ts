import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('needs list', () => {
  test('shows the seeded needs with their organisations', async ({ page, request }) => {
    const api = await (await request.get('/api/needs?pageSize=1')).json();
    expect(api.total).toBeGreaterThan(20);

    await page.goto('/needs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Needs');
    const cards = page.locator('mat-card.opi-card');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(5);
    await expect(page.getByText(api.items[0].title)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a search keeps its query in the URL and finds a Danish need by another word form', async ({ page }) => {
    await page.goto('/needs');
    const search = page.getByRole('searchbox');
    // "besøgene" (the visits) finds the need titled "… korte besøg …" through Danish stemming.
    await search.fill('besøgene');
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=bes%C3%B8gene/);
    const titles = page.locator('mat-card.opi-card .opi-card__title');
    await expect(titles.first()).toContainText('Mange korte besøg kun for at give medicin');

    // The URL is shareable: opening it again gives the same filtered list.
    await page.goto(page.url());
    await expect(page.getByRole('searchbox')).toHaveValue('besøgene');
    await expect(titles.first()).toContainText('Mange korte besøg kun for at give medicin');
  });
});
