import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { licenceApplyPath } from '@/shared/paths'
import { applicationUrl } from '@/utils/paths'
import { useActiveLicence } from '../api/my-licence'
import './apply-action.scss'

/**
 * 申请许可 — or, when this enterprise already has an application under way for the patent, where it
 * stands and a way to it: a second application would only be refused (409) after the whole form.
 */
export function LicenceApplyAction({ patentId, title }: { patentId: string; title: string }) {
  const active = useActiveLicence(patentId, title)
  if (active.data) {
    const { id, statusLabel } = active.data
    return (
      <View className='apply-action'>
        <Text className='apply-action__status' data-testid='active-licence'>
          已申请 · {statusLabel}
        </Text>
        <AtButton type='secondary' circle onClick={() => Taro.navigateTo({ url: applicationUrl('licence', id) })}>
          查看申请进度
        </AtButton>
      </View>
    )
  }
  return (
    <AtButton type='primary' circle disabled={active.isLoading} onClick={() => Taro.navigateTo({ url: licenceApplyPath(patentId) })}>
      申请许可
    </AtButton>
  )
}
