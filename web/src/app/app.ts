import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Footer } from './layout/footer';
import { Header } from './layout/header';

/** The shell: skip link, header, main content, footer. */
@Component({
  selector: 'opi-root',
  imports: [RouterOutlet, TranslocoPipe, Header, Footer],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);

  /** Moves focus to the main content (a plain `#main` link would resolve against `<base href>`). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus(); // focusing also scrolls it into view
  }
}
