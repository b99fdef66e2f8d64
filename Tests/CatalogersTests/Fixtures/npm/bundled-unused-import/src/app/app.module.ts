import { NgModule } from '@angular/core';
import { DeviceModelService } from './device-model/device-model.service';
import { SelectSearchComponent } from './shared/select-search.component';

@NgModule({ providers: [DeviceModelService], declarations: [SelectSearchComponent] })
export class AppModule {}
