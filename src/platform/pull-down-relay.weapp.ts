// The mini-program's native pull-down calls onPullDownRefresh itself: nothing to relay.
export function usePullDownRelay(): void {}
