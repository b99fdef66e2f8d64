import { Component } from '@angular/core';
import { MatSelectSearchComponent } from 'ngx-mat-select-search';

@Component({ selector: 'app-select-search', template: '<ngx-mat-select-search></ngx-mat-select-search>' })
export class SelectSearchComponent {
  readonly search = MatSelectSearchComponent;
}
