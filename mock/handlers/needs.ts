// Routes for this resource are added by its feature; see mock/README.md → Adding an endpoint.

import type { RouteTable } from '../core/types'

export const needsRoutes: RouteTable = {}
