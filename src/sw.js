/* H5 only (copied to dist/h5/sw.js by config/index.ts). Keeps the app shell on the device so a reload
 * without network still opens the app — the officer's offline check-in station above all, whose queue and
 * roster live in localStorage. Navigations and build files go to the network first and fall back to the
 * last copy; /api is never touched: the app itself decides what to do offline. */
const CACHE = 'huiqi-shell-v1'
const SHELL = '/index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return
  // Every route of the single-page app is the same index.html.
  const key = request.mode === 'navigate' ? SHELL : request
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          caches.open(CACHE).then((cache) => cache.put(key, copy))
        }
        return response
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  )
})
