import type { ReactNode } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { Role } from '@contract/common'
import { DEFAULT_OFFICER_PASSCODE, PASSCODE_MAX } from '@/rules/auth'
import { useLogin, useLogout } from '@/features/auth/api/login'
import { useMe } from '@/features/auth/api/me'
import { useUnreadCount } from '@/features/notifications/api/notifications'
import { UnreadBadge } from '@/features/notifications/components/unread-badge'
import { useSessionStore } from '@/stores/session'
import './index.scss'

const IDENTITIES: { role: Role; title: string; hint: string }[] = [
  { role: 'sme', title: '企业用户', hint: '浏览开放许可专利、报名活动、跟踪申请' },
  { role: 'officer', title: '工作人员', hint: '园区/主管部门工作人员、专利运营特派员' },
]

function ChooseIdentity() {
  const login = useLogin()
  // The demo backend's officer passcode, shown and prefilled so the demo works as it comes; a real
  // backend's is typed over it.
  const [passcode, setPasscode] = useState(DEFAULT_OFFICER_PASSCODE)
  return (
    <View className='me__login'>
      <Text className='me__login-title'>选择演示身份</Text>
      <Text className='me__login-hint'>企业用户无需密码；工作人员需口令（演示口令已填好）。数据均为模拟数据</Text>
      {IDENTITIES.map((identity) => (
        <View
          key={identity.role}
          role='button'
          className={`identity${login.isPending && login.variables?.role === identity.role ? ' identity--busy' : ''}`}
          onClick={() => !login.isPending && login.mutate({ role: identity.role, passcode })}
        >
          <Text className='identity__title'>{identity.title}</Text>
          <Text className='identity__hint'>{identity.hint}</Text>
        </View>
      ))}
      <View className='me__passcode'>
        <Text className='me__passcode-label' id='officer-passcode-label'>
          工作人员口令
        </Text>
        <Input
          name='officerPasscode'
          className='me__passcode-input'
          value={passcode}
          maxlength={PASSCODE_MAX}
          aria-label='工作人员口令'
          onInput={(e) => setPasscode(e.detail.value)}
        />
        <Text className='me__passcode-hint'>演示口令：{DEFAULT_OFFICER_PASSCODE}</Text>
      </View>
      {login.isError ? (
        <View className='me__error' role='alert'>
          登录失败：{errorMessage(login.error)}
        </View>
      ) : null}
    </View>
  )
}

function MenuItem({ label, value, url, badge }: { label: string; value?: string; url: string; badge?: ReactNode }) {
  return (
    <View className='menu-item' role='link' onClick={() => Taro.navigateTo({ url })}>
      <Text className='menu-item__label'>{label}</Text>
      <Text className='menu-item__value'>{value ?? ''}</Text>
      {badge}
      <Text className='menu-item__arrow'>›</Text>
    </View>
  )
}

export default function MePage() {
  const user = useSessionStore((s) => s.user)
  const me = useMe()
  const logout = useLogout()
  const unread = useUnreadCount({ enabled: user?.role === 'sme' })
  useDidShow(() => {
    if (user?.role === 'sme') unread.refetch()
  })

  if (!user) {
    return (
      <View className='page me'>
        <ChooseIdentity />
      </View>
    )
  }

  const enterprise = me.data?.enterprise
  const isOfficer = user.role === 'officer'
  return (
    <View className='page me'>
      <View className='me__header'>
        <Text className='me__name'>{user.name}</Text>
        <Text className='me__role'>{isOfficer ? '工作人员' : '企业用户'}</Text>
        {!isOfficer ? <Text className='me__enterprise'>{enterprise ? enterprise.name : '尚未填写企业信息'}</Text> : null}
      </View>
      <View className='menu'>
        {isOfficer ? (
          <MenuItem label='工作台' value='活动、报名、签到、申请处理' url='/officer/pages/workbench/index' />
        ) : (
          <>
            <MenuItem label='企业信息' value={enterprise ? '已填写' : '待完善'} url='/pages/enterprise/index' />
            <MenuItem label='我的申请' value='许可、活动、融资进度' url='/packages/tracking/pages/applications/index' />
            <MenuItem label='消息' url='/packages/tracking/pages/messages/index' badge={<UnreadBadge count={unread.data} />} />
            <MenuItem label='我的收藏' url='/packages/trade/pages/favourites/index' />
          </>
        )}
      </View>
      {HUIQI_API_BASE === '' ? (
        <View className='menu'>
          <MenuItem label='演示数据' value='内置模拟数据' url='/mockpkg/pages/demo-data/index' />
        </View>
      ) : null}
      <View className='me__logout'>
        <AtButton circle loading={logout.isPending} onClick={() => logout.mutate()}>
          退出登录
        </AtButton>
      </View>
    </View>
  )
}
