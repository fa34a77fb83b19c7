// Paths that more than one feature links to (a notification opens the tracked application).

export function applicationUrl(kind: string, id: string): string {
  return `/packages/tracking/pages/application/index?kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id)}`
}
