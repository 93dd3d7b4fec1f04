import { type Browser, expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('opi-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 15_000 });
  return page;
}

test.describe('brokering', () => {
  test.setTimeout(90_000);

  test('a cluster manager introduces a company to a municipality from a match; both accept; the manager moves it on the board with the keyboard', async ({
    browser,
  }) => {
    const manager = await signedIn(browser, 'cluster@demo.opi');
    const testsInFunnel = async () => {
      await manager.goto('/dashboard');
      const funnel = manager.locator('[data-section="funnel"]');
      // A period with no figures at all shows no table.
      await expect(funnel.locator('table, .figures__empty').first()).toBeVisible();
      if (await funnel.locator('.figures__empty').count()) return 0;
      const row = funnel.locator('tr').filter({ has: manager.getByRole('rowheader', { name: 'Tests', exact: true }) });
      return Number((await row.locator('td').first().textContent())?.replace(/\D/g, ''));
    };
    const testsBefore = await testsInFunnel();

    // The municipality's need, and the company's offering among its proposed partners.
    const found = await manager.request.get('/api/needs?ref=demo-need-lindholt-night-wandering');
    const needId = (await found.json()).items[0].id as string;
    await manager.goto(`/needs/${needId}`);
    const panel = manager.getByRole('region', { name: 'Proposed partners' });
    const proposal = panel.getByRole('listitem').filter({ hasText: 'Nattevagt Sensorik' }).filter({ has: manager.getByRole('meter') }).first();
    await proposal.getByRole('button', { name: 'Introduce' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByLabel('Why they should meet').fill('Both of you work on residents who wander at night: meet before the spring test.');
    await dialog.getByRole('button', { name: 'Send the introduction' }).click();
    await proposal.getByRole('link', { name: 'Open the partnership' }).click();
    await expect(manager).toHaveURL(/\/partnerships\/[0-9a-f-]{36}$/);
    const partnershipUrl = new URL(manager.url()).pathname;
    await expect(manager.getByText('The parties’ contacts are shown here once both have agreed.')).toBeVisible();

    // Both sides hear of it by the bell (delivered by a background job), and accept, each in their own browser.
    for (const email of ['municipality@demo.opi', 'entrepreneur@demo.opi']) {
      const party = await signedIn(browser, email);
      const bell = party.getByRole('button', { name: /^Notifications, \d+ unread$/ });
      await expect(async () => {
        await party.reload();
        await expect(bell).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      await bell.click();
      await party.getByRole('menuitem', { name: /You were introduced in/ }).first().click();
      await expect(party).toHaveURL(new RegExp(`${partnershipUrl}$`));
      await party.getByRole('button', { name: 'Accept the introduction' }).click();
      await expect(party.getByRole('button', { name: 'Accept the introduction' })).toHaveCount(0);
    }

    // Contacts are shared now.
    await manager.reload();
    await expect(manager.getByText('municipality@demo.opi')).toBeVisible();
    await expect(manager.getByText('entrepreneur@demo.opi')).toBeVisible();

    // On the board, with the keyboard only: introduced → exploring → agreement → testing.
    await manager.goto('/partnerships');
    const card = () => manager.locator(`li[data-partnership="${partnershipUrl.split('/').pop()}"]`);
    for (const stage of ['Exploring', 'Agreement', 'Testing']) {
      // The card is drawn again once the previous move is saved: focus the one that is there then.
      await expect(card()).toHaveAttribute('aria-busy', 'false');
      const menu = card().getByRole('button', { name: /Move “.*” to another stage/ });
      await menu.focus();
      await expect(menu).toBeFocused();
      await manager.keyboard.press('Enter');
      const item = manager.getByRole('menuitem', { name: stage, exact: true });
      await expect(item).toBeVisible();
      // Arrow keys to the stage, then Enter.
      for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) {
        await manager.keyboard.press('ArrowDown');
      }
      await manager.keyboard.press('Enter');
      await expect(manager.locator('section[data-stage]').filter({ has: card() })).toHaveAttribute('data-stage', stage.toLowerCase());
      await expect(manager.getByText(`moved to ${stage}.`)).toBeVisible();
    }
    await expectNoSeriousA11yViolations(manager);

    // The history keeps every step.
    await manager.goto(partnershipUrl);
    await expect(manager.getByText('Testing').first()).toBeVisible();

    // The dashboard's funnel counts the new test.
    await expect.poll(testsInFunnel, { timeout: 30_000 }).toBe(testsBefore + 1);
  });
});
