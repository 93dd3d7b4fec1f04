import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { NavigationEnd, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { RouterTestingHarness } from '@angular/router/testing';

/**
 * Opens `url` in the real routes and gives what a spec reads the page with. It waits until the
 * page is stable, unless `settled: false` (the page's requests are then pending, for the spec to
 * answer through HttpTestingController before it calls `settle()`).
 */
export async function openPage(url: string, { settled = true } = {}) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  if (settled) {
    await harness.fixture.whenStable();
  }
  return {
    harness,
    page: harness.routeNativeElement as HTMLElement,
    loader: TestbedHarnessEnvironment.loader(harness.fixture),
    /** Dialogs and menus render in the overlay, outside the page. */
    overlay: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
    router: TestBed.inject(Router),
    settle: () => harness.fixture.whenStable(),
  };
}

/** Text as a reader sees it: whitespace collapsed. */
export const text = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The form field with this label. */
export function field(loader: HarnessLoader, label: string | RegExp) {
  return loader.getHarness(
    MatFormFieldHarness.with({ floatingLabelText: label }),
  );
}

/** The input of the form field with this label. */
export async function inputIn(
  loader: HarnessLoader,
  label: string | RegExp,
): Promise<MatInputHarness> {
  const input = await (await field(loader, label)).getControl(MatInputHarness);
  if (!input) {
    throw new Error(`No input labelled ${label}`);
  }
  return input;
}

/** The select of the form field with this label. */
export async function selectIn(
  loader: HarnessLoader,
  label: string | RegExp,
): Promise<MatSelectHarness> {
  const select = await (
    await field(loader, label)
  ).getControl(MatSelectHarness);
  if (!select) {
    throw new Error(`No select labelled ${label}`);
  }
  return select;
}

/** Types into the input of the form field with this label. */
export async function fill(
  loader: HarnessLoader,
  label: string | RegExp,
  value: string,
): Promise<void> {
  const input = await inputIn(loader, label);
  await input.setValue(value);
  await input.blur();
}

/** The error messages under the form field with this label. */
export async function errorsOf(
  loader: HarnessLoader,
  label: string | RegExp,
): Promise<string[]> {
  return (await field(loader, label)).getTextErrors();
}

/** The accessible label of the element that has the focus. */
export function focusedLabel(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el) {
    return '';
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  const byId = labelledBy
    ?.split(/\s+/)
    .map((id) => text(document.getElementById(id)))
    .filter((t) => t !== '')
    .join(' ');
  return (
    byId ||
    el.getAttribute('aria-label') ||
    text(el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ||
    text(el)
  );
}

/** Resolves when the router finishes its next navigation (lazy routes included). */
export function navigationEnd(router: Router): Promise<NavigationEnd> {
  return firstValueFrom(
    router.events.pipe(filter((e) => e instanceof NavigationEnd)),
  );
}

/**
 * Clicks the button with this text without waiting for the page to settle (harness clicks wait,
 * which never ends while a resource's request is pending in HttpTestingController).
 */
export function press(harness: RouterTestingHarness, label: string): void {
  const button = [
    ...(harness.routeNativeElement as HTMLElement).querySelectorAll('button'),
  ].find((b) => text(b) === label);
  if (!button) {
    throw new Error(`No button "${label}"`);
  }
  button.click();
  harness.fixture.detectChanges();
}
