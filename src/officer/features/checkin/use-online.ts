import { useEffect, useState } from 'react'
import { isOnline, onNetworkChange } from '@/platform/network'

/** The device's network state (WeChat network events / navigator.onLine), live. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true)
  useEffect(() => {
    let alive = true
    isOnline().then((value) => alive && setOnline(value))
    const off = onNetworkChange((value) => alive && setOnline(value))
    return () => {
      alive = false
      off()
    }
  }, [])
  return online
}
