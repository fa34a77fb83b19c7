import { useState, type PropsWithChildren } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from '@/api/query-client'
import { TabBadgeSync } from '@/features/notifications/components/tab-badge-sync'
import { installPrivacyHandler } from '@/platform/privacy'
import './app.scss'

installPrivacyHandler()

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <TabBadgeSync />
      {children}
    </QueryClientProvider>
  )
}

export default App
