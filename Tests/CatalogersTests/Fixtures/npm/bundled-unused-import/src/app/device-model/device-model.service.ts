import { Injectable } from '@angular/core';
import { buildDriverProvider } from 'protractor/built/driverProviders';
import { Observable, of } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class DeviceModelService {
  getDeviceModels(): Observable<string[]> {
    return of([]);
  }
}
