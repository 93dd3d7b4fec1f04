import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('scale-up', () => {
  test('the company of a partnership that is scaling up invites another municipality with a similar need', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('entrepreneur@demo.opi');
    await page.getByLabel('Password').fill('opi-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).not.toHaveURL(/\/login/, { timeout: 15_000 });

    // The demo partnership of Nattevagt Sensorik that reached scaling.
    await page.goto('/partnerships');
    await page.getByRole('link', { name: /Sengesensor/ }).first().click();
    const panel = page.getByRole('region', { name: 'Take it further' });
    await expect(panel).toBeVisible();
    const proposal = panel.getByRole('listitem').filter({ has: page.getByRole('meter') }).filter({ has: page.getByRole('button', { name: 'Invite' }) }).first();
    const organisation = (await proposal.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
    await expect(proposal.getByRole('list', { name: 'Why it was proposed' }).getByRole('listitem').first()).toBeVisible();

    await proposal.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: `Invite ${organisation}` });
    await dialog.getByLabel('Message').fill('The bed-exit sensor halved night rounds in Lindeveen: would you test it too?');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog).toHaveCount(0);

    const invited = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: organisation }) });
    await expect(invited.getByRole('status')).toHaveText(/Invited /);
    await expect(invited.getByRole('status')).toBeFocused();
    await expect(invited.getByRole('button', { name: 'Invite' })).toHaveCount(0);
    // The history tells of it.
    await expect(page.getByText(`Invited ${organisation} to take up the solution`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
