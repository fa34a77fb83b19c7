// H5: a service worker (src/sw.js) keeps the app shell, so a reload without network still opens the app.
// Production builds only: in `dev:h5` it would serve stale bundles over hot reload.
export function installOfflineShell(): void {
  if (process.env.NODE_ENV !== 'production' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  })
}
