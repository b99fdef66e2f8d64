import { AppModule } from './app/app.module';

console.log(AppModule);
