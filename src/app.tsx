import { useState, type PropsWithChildren } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from '@/api/query-client'
import { PageNotFoundRedirect } from '@/components/page-not-found'
import { TabBadgeSync } from '@/features/notifications/components/tab-badge-sync'
import { installOfflineShell } from '@/platform/offline-shell'
import { installPrivacyHandler } from '@/platform/privacy'
import './app.scss'

installPrivacyHandler()
installOfflineShell()

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <TabBadgeSync />
      <PageNotFoundRedirect />
      {children}
    </QueryClientProvider>
  )
}

export default App
