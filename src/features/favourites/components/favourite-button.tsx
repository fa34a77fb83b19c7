import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import { useSessionStore } from '@/stores/session'
import { useFavouriteStatus, useSetFavourite } from '../api/favourites'
import { showModal } from '@/components/modal'
import { goToSignIn } from '@/utils/sign-in'
import './favourite-button.scss'

/** 收藏 for one patent. Signed out, it explains why and offers the 我的 tab to sign in. */
export function FavouriteButton({ patentId }: { patentId: string }) {
  const token = useSessionStore((s) => s.token)
  const status = useFavouriteStatus(patentId)
  const save = useSetFavourite(patentId)
  const favourited = Boolean(token) && status.data?.favourited === true

  function onTap() {
    if (!token) {
      showModal({ title: '请先登录', content: '登录后即可收藏专利，并在“我的 › 我的收藏”中随时查看', confirmText: '去登录' }).then((res) => {
        if (res.confirm) goToSignIn()
      })
      return
    }
    if (save.isPending || status.isPending) return
    const next = !favourited
    save.mutate(next, {
      onSuccess: () => Taro.showToast({ title: next ? '已收藏' : '已取消收藏', icon: next ? 'success' : 'none' }),
      onError: (error) => Taro.showToast({ title: errorMessage(error), icon: 'none' }),
    })
  }

  return (
    <View
      className={`favourite-button${favourited ? ' favourite-button--on' : ''}`}
      role='button'
      aria-pressed={favourited}
      aria-label={favourited ? '取消收藏' : '收藏'}
      onClick={onTap}
    >
      <Text className='favourite-button__icon'>{favourited ? '★' : '☆'}</Text>
      <Text className='favourite-button__text'>{favourited ? '已收藏' : '收藏'}</Text>
    </View>
  )
}
