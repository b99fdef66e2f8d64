import { groupBy } from 'lodash-es';

export function resourcesByType(resources: { resourceType: string }[]) {
  return groupBy(resources, (resource) => resource.resourceType);
}
