import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** "Assign a holder": opens the org chart with the vacant position highlighted and its holder picker open. */
@Component({
  selector: 'app-vacant-position-link',
  imports: [RouterLink, TranslatePipe],
  template: `<a [routerLink]="['/org']" [queryParams]="{ position: positionId() }" data-testid="assign-holder-link">{{ 'org.assignHolderLink' | t }}</a>`,
})
export class VacantPositionLinkComponent {
  readonly positionId = input.required<string>();
}
