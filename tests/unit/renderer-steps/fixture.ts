import { newApplication } from '../../../shared/model/new';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';

/** A three-year project, Göteborg (owner) and a regional partner, the shape most applications have. */
export function threeYearApp(): Application {
  const app = newApplication(DEFAULT_PROGRAMME, new Date('2025-01-10T09:00:00Z'));
  app.project.startDate = '2025-03-01';
  app.project.endDate = '2028-02-29';
  app.parties[0]!.organisation = 'Göteborgs Stad';
  app.parties[1]!.organisation = 'Västra Götalandsregionen';
  app.parties[1]!.unit = 'Barn- och ungdomspsykiatrin';
  return app;
}
