import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('accounts and organisations', () => {
  test('sign up, create a municipality with a test-site offer, publish it, find it signed out', async ({ page, browser }) => {
    const stamp = Date.now().toString(36);
    const email = `lise.${stamp}@testrup.dk`;
    const name = `Testrup Kommune ${stamp}`;

    await page.goto('/signup');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
    await page.getByLabel('Your name').fill('Lise Holm');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('radio', { name: /Municipality or hospital staff/ }).check();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Signed in, on "My organisations": create one.
    await expect(page).toHaveURL(/\/my\/organisations/);
    await page.getByRole('link', { name: 'Create organisation' }).first().click();
    await expect(page).toHaveURL(/\/organisations\/new/);
    await page.getByRole('radio', { name: 'Municipality' }).check();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Country').fill('DK');
    await page.getByLabel('Region').fill('Region Syddanmark');
    await page.getByLabel('Population').fill('52000');
    await page.getByRole('checkbox', { name: 'We offer a test site' }).check();
    await page.getByRole('combobox', { name: 'Where tests can run' }).click();
    await page.getByRole('option', { name: 'Nursing home' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Capacity').fill('20');
    await page.getByLabel('Contact for tests').fill('Lise Holm, lise@testrup.dk');
    await page.getByRole('radio', { name: 'Published' }).check();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Create organisation' }).click();

    // The profile shows what was saved.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Lise Holm, lise@testrup.dk')).toBeVisible();

    // A visitor who is not signed in finds it in the directory, even with a typo.
    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto(`/organisations?q=${encodeURIComponent(name.replace('Testrup', 'Testrupp'))}`);
    await expect(anonymous.getByRole('link', { name })).toBeVisible();
    await anonymous.getByRole('link', { name }).click();
    await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectNoSeriousA11yViolations(anonymous);
    await visitor.close();
  });

  test('a demo account signs in and sees its organisation', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('municipality@demo.opi');
    await page.getByLabel('Password').fill('opi-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/my\/organisations/);
    await expect(page.getByText('Lindholt Municipality')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
