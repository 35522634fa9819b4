import type { Catalogue } from './catalogueSchema';
import type { AccessRoute, ServiceGroup } from './vocabulary';

/** The case management system a service group reaches ContactPoint through (domain §5; catalogue data). */
export function accessRouteFor(catalogue: Catalogue, serviceGroup: ServiceGroup): AccessRoute {
  return catalogue.accessRoutes.byServiceGroup[serviceGroup];
}

/** "Capita One (EMS)". */
export function accessRouteLabel(catalogue: Catalogue, route: AccessRoute): string {
  return catalogue.accessRoutes.labels[route];
}
