import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApprovalRouteDto } from '../../api/models/approval-route-dto';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { routeNoteTexts } from './route-notes';

/** A resolved route drawn as numbered stages with the people (and their posts) and why a stage went elsewhere. */
@Component({
  selector: 'app-route-stages',
  imports: [TranslatePipe, RouterLink],
  template: `
    <ol class="stages" data-testid="route-stages">
      @for (stage of route().stages; track $index; let i = $index) {
        <li>
          <strong>{{ 'details.stage' | t: { n: i + 1 } }}</strong> · {{ 'mode.' + stage.mode | t }}:
          @for (a of stage.approvers; track a.userId; let last = $last) {
            <span class="person">{{ a.name }}@if (a.positionName) { ({{ a.positionName }}) }@if (a.escalated) { · {{ 'details.escalated' | t }} }</span>@if (!last) {, }
          }
          @for (note of notes(stage, i + 1); track $index) {
            <p class="note" data-testid="route-note">
              {{ note.key | t: note.params }}
              @if (note.key === 'route.positionVacant') { <a routerLink="/org">{{ 'route.assignHolder' | t }}</a> }
            </p>
          }
        </li>
      } @empty {
        <li>{{ 'details.noStages' | t }}</li>
      }
    </ol>
  `,
  styles: `.stages { padding-left: 20px; margin: 4px 0; } .person { overflow-wrap: anywhere; } .note { margin: 2px 0 6px; color: #613400; font-size: 13px; }`,
})
export class RouteStagesComponent {
  readonly route = input.required<ApprovalRouteDto>();
  protected readonly notes = routeNoteTexts;
}
