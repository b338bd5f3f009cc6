import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate.pipe';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslatePipe],
  template: `<h1>{{ 'notFound.title' | t }}</h1><a routerLink="/">{{ 'menu.home' | t }}</a>`,
})
export class NotFoundComponent {}
