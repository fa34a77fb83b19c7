// Every route of the mock: one RouteTable per resource.

import type { RouteTable } from '../core/types'
import { authRoutes } from './auth'
import { catalogRoutes } from './catalog'
import { eventsRoutes } from './events'
import { favouritesRoutes } from './favourites'
import { financeRoutes } from './finance'
import { healthRoutes } from './health'
import { licencesRoutes } from './licences'
import { meRoutes } from './me'
import { needsRoutes } from './needs'
import { officerRoutes } from './officer'
import { patentRoutes } from './patents'
import { subscribeRoutes } from './subscribe'
import { trackingRoutes } from './tracking'

export const defaultRoutes: RouteTable = {
  ...healthRoutes,
  ...catalogRoutes,
  ...authRoutes,
  ...meRoutes,
  ...patentRoutes,
  ...favouritesRoutes,
  ...licencesRoutes,
  ...needsRoutes,
  ...eventsRoutes,
  ...financeRoutes,
  ...trackingRoutes,
  ...subscribeRoutes,
  ...officerRoutes,
}
