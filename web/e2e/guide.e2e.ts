import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('the OPI guide', () => {
  test('a signed-out reader switches to Dutch, opens phase 3, searches, and ticks a checklist item', async ({ page }) => {
    await page.goto('/guide');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De OPI-gids');
    await expectNoSeriousA11yViolations(page);

    // Phase 3, in Dutch.
    await page.getByRole('link', { name: 'Fase 3: Innovatie en test' }).click();
    await expect(page).toHaveURL(/\/guide\/phase-3-innovation-and-test/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fase 3: Innovatie en test');
    await expectNoSeriousA11yViolations(page);

    // Tick the first item of the first checklist; it is still ticked after a reload.
    const first = page.getByRole('checkbox').first();
    await first.check();
    await expect(first).toBeChecked();
    await page.reload();
    await expect(page.getByRole('checkbox').first()).toBeChecked();

    // Search the guide in Dutch for a procurement word.
    await page.goto('/guide');
    await page.getByRole('searchbox').fill('aanbesteding');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/[?&]q=aanbesteding/);
    const results = page.getByRole('region', { name: /Zoekresultaten/ });
    await expect(results.locator('mark').first()).toBeVisible();
    await expect(results.getByRole('link', { name: /Fase \d/ }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a page without a translation says so and shows the English text', async ({ page }) => {
    await page.goto('/guide/state-aid?lang=fr');
    await expect(page.getByText(/anglais/i).first()).toBeVisible();
    await expect(page.locator('[lang="en"]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a template can be downloaded as a Markdown file', async ({ page }) => {
    await page.goto('/guide/test-plan');
    const download = page.getByRole('link', { name: 'Download as a text file (Markdown)' });
    await expect(download).toHaveAttribute('href', '/api/guide/pages/test-plan/download?lang=en');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('test-plan.en.md');
  });
});
