import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('home page', () => {
  test('renders the introduction, the latest needs and offerings, with no serious a11y violation', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Find partners to improve health and care together',
    );
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation').first()).toBeVisible();
    // Latest needs and offerings come from the API's demo data.
    await expect(page.locator('mat-card.opi-card').first()).toBeVisible();
    // The global stylesheet applied (a strict CSP once blocked its loader): card lists are grids.
    await expect(page.locator('.opi-card-grid').first()).toHaveCSS('display', 'grid');
    await expectNoSeriousA11yViolations(page);
  });

  test('the skip link is the first thing a keyboard user reaches and jumps to the main content', async ({ page }) => {
    await page.goto('/');
    // Wait for the app to render: a Tab before that reaches nothing.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', /#main/);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('language switch', () => {
  test('switching to Danish changes the text, and the choice is remembered', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Dansk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Find partnere, og gør sundhed og omsorg bedre – sammen',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Find partnere, og gør sundhed og omsorg bedre – sammen',
    );
    await expectNoSeriousA11yViolations(page);
  });

  test('?lang=nl opens a page in Dutch', async ({ page }) => {
    await page.goto('/needs?lang=nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vraagstukken');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});
