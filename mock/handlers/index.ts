// Every route of the mock; later features add their tables here.

import type { RouteTable } from '../core/types'
import { authRoutes } from './auth'
import { healthRoutes } from './health'
import { meRoutes } from './me'
import { patentRoutes } from './patents'

export const defaultRoutes: RouteTable = {
  ...healthRoutes,
  ...authRoutes,
  ...meRoutes,
  ...patentRoutes,
}
