// The in-process mock's officer handlers travel with this subpackage (mock/handlers/officer-registry.ts
// explains why). Imported by every officer page, so they are in place before the page's first request.
// HUIQI_API_BASE is a build-time constant: builds pointed at a real server drop this block entirely.

if (HUIQI_API_BASE === '') {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { officerHandlers } = require('@mock/handlers/officer-routes') as typeof import('@mock/handlers/officer-routes')
  const { installOfficerHandlers } = require('@mock/handlers/officer-registry') as typeof import('@mock/handlers/officer-registry')
  /* eslint-enable @typescript-eslint/no-require-imports */
  installOfficerHandlers(officerHandlers)
}

export {}
