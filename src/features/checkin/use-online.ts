import { useEffect, useState } from 'react'
import { isOnline, onNetworkChange } from '@/platform/network'

/**
 * The device's network state (WeChat network events / navigator.onLine), live; null until the first
 * answer. A desk must not act on a guess: opened offline, it would otherwise start flushing its queue
 * in the moment before getNetworkType answers.
 */
export function useOnline(): boolean | null {
  const [online, setOnline] = useState<boolean | null>(null)
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
