import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import type { Favourite } from '@contract/favourites'
import { feeSummary, PATENT_TYPE_LABELS } from '@/shared/patent-labels'
import { licenceApplyPath, patentPath } from '@/shared/paths'
import { formatDate } from '@/utils/format'
import { useSetFavourite } from '../api/favourites'
import './favourite-card.scss'

export function FavouriteCard({ favourite }: { favourite: Favourite }) {
  const { patent } = favourite
  const remove = useSetFavourite(patent.id)
  const open = () => Taro.navigateTo({ url: patentPath(patent.id) })

  return (
    <View className='favourite-card' data-testid='favourite-card'>
      <View className='favourite-card__body' role='link' onClick={open}>
        <View className='favourite-card__title'>
          <Text className={`favourite-card__type favourite-card__type--${patent.type}`}>{PATENT_TYPE_LABELS[patent.type]}</Text>
          <Text>{patent.title}</Text>
        </View>
        <Text className='favourite-card__meta'>
          ZL{patent.patentNo} · {patent.patentee}
        </Text>
        <Text className='favourite-card__fee'>{feeSummary(patent)}</Text>
      </View>
      <View className='favourite-card__foot'>
        <Text className='favourite-card__date'>收藏于 {formatDate(favourite.createdAt)}</Text>
        <View
          className='favourite-card__action'
          role='button'
          onClick={() => {
            if (remove.isPending) return
            remove.mutate(false, {
              onSuccess: () => Taro.showToast({ title: '已取消收藏', icon: 'none' }),
              onError: (error) => Taro.showToast({ title: errorMessage(error), icon: 'none' }),
            })
          }}
        >
          取消收藏
        </View>
        <View
          className='favourite-card__action favourite-card__action--primary'
          role='button'
          onClick={() => Taro.navigateTo({ url: licenceApplyPath(patent.id) })}
        >
          申请许可
        </View>
      </View>
    </View>
  )
}
