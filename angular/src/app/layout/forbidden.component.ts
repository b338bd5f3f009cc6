import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate.pipe';

@Component({
  selector: 'app-forbidden',
  imports: [RouterLink, TranslatePipe],
  template: `<h1>{{ 'forbidden.title' | t }}</h1><p>{{ 'forbidden.text' | t }}</p><a routerLink="/">{{ 'menu.home' | t }}</a>`,
})
export class ForbiddenComponent {}
