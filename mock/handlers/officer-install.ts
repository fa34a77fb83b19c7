// Node (HTTP mock, tests) and H5: the officer handlers are installed as soon as the routes load.
import { officerHandlers } from './officer-routes'
import { installOfficerHandlers } from './officer-registry'

installOfficerHandlers(officerHandlers)
