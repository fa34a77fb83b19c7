import Taro from '@tarojs/taro'

// Mini-program: getNetworkType for the current state, onNetworkStatusChange for changes.

export async function isOnline(): Promise<boolean> {
  try {
    const { networkType } = await Taro.getNetworkType()
    return networkType !== 'none'
  } catch {
    return true
  }
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onNetworkChange(listener: (online: boolean) => void): () => void {
  const handler = (res: { isConnected: boolean }) => listener(res.isConnected)
  Taro.onNetworkStatusChange(handler)
  return () => Taro.offNetworkStatusChange(handler)
}
