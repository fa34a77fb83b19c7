// Network status behind one interface. H5: navigator.onLine and the window's online/offline events
// (onLine=true only means "some network", so callers still treat a failed request as offline).

export function isOnline(): Promise<boolean> {
  return Promise.resolve(typeof navigator === 'undefined' || navigator.onLine !== false)
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onNetworkChange(listener: (online: boolean) => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const up = () => listener(true)
  const down = () => listener(false)
  window.addEventListener('online', up)
  window.addEventListener('offline', down)
  return () => {
    window.removeEventListener('online', up)
    window.removeEventListener('offline', down)
  }
}
