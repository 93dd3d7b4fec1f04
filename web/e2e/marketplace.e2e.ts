import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('needs and offerings', () => {
  test('a municipality posts a need with suggested tags and publishes it; a visitor finds it by a Danish word form and a facet', async ({
    page,
    browser,
  }) => {
    // The longest journey (two browsers, an editor, search, axe twice): more time on a busy machine.
    test.slow();
    const stamp = Date.now().toString(36);
    const title = `Ensomme ældre i hjemmeplejen ${stamp}`;

    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('municipality@demo.opi');
    await page.getByLabel('Password').fill('opi-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/my\/organisations/);

    await page.goto('/needs/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New need');
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel('Description')
      .fill('Mange ældre borgere i hjemmeplejen føler sig ensomme, og personalet har ikke tid til at tale med dem. Vi søger en løsning, der skaber kontakt via videoopkald.');

    // The portal reads the Danish text and proposes tags; the user takes two of them.
    const suggestions = page.getByRole('group', { name: 'Suggested tags' });
    await expect(suggestions.getByRole('button', { name: /^Add Elderly care/ })).toBeVisible();
    await suggestions.getByRole('button', { name: /^Add Elderly care/ }).click();
    await suggestions.getByRole('button', { name: /^Add Home care/ }).click();
    await expect(page.getByRole('combobox', { name: 'Care areas' })).toContainText('Elderly care');
    await expect(page.getByRole('combobox', { name: 'Care settings' })).toContainText('Home care');
    await page.getByRole('switch', { name: 'We offer a test site' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Mads Jensen');
    await page.getByLabel('E-mail').fill('mads@lindholt.dk');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Publish' }).click();

    // The detail page shows what was published.
    await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Mads Jensen')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // "My needs" lists it as published.
    await page.goto('/my/needs');
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();

    // Signed out, a visitor searches for another form of the word ("hjemmepleje", not "hjemmeplejen")
    // and narrows with the care-area facet.
    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto('/needs');
    await anonymous.getByRole('searchbox').fill('ensom hjemmepleje');
    await anonymous.getByRole('searchbox').press('Enter');
    await expect(anonymous).toHaveURL(/q=ensom/);
    await anonymous.getByRole('button', { name: /^Elderly care, \d+ results?$/ }).click();
    await expect(anonymous).toHaveURL(/careArea=elderly-care/);
    await expect(anonymous.getByRole('link', { name: title })).toBeVisible();
    await expect(anonymous.locator('mark').first()).toBeVisible();
    await expectNoSeriousA11yViolations(anonymous);

    // The shared address brings the same results; the contact person needs a sign-in.
    await anonymous.goto(anonymous.url());
    await anonymous.getByRole('link', { name: title }).click();
    await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(anonymous.getByText('Mads Jensen')).toHaveCount(0);
    await expect(anonymous.getByRole('link', { name: 'Sign in to see the contact person' })).toBeVisible();
    await visitor.close();
  });

  test('offerings: browse with facets in Dutch, open one', async ({ page }) => {
    await page.goto('/offerings?lang=nl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const total = page.getByRole('status').first();
    await expect(total).toBeVisible();
    await page.getByRole('button', { name: /^Dementie, \d+/ }).click();
    await expect(page).toHaveURL(/careArea=dementia/);
    const first = page.locator('mat-card a').first();
    const name = await first.innerText();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectNoSeriousA11yViolations(page);
  });
});
