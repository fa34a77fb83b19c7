// Paths that more than one feature links to (a notification opens the tracked application).

export function applicationUrl(kind: string, id: string): string {
  return `/packages/tracking/pages/application/index?kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id)}`
}

/** The public event page: what posters, share cards and links open (the path is fixed for QR codes). */
export function eventPath(eventId: string): string {
  return `/pages/event/index?id=${encodeURIComponent(eventId)}`
}
