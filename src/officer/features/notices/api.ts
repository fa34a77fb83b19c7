import { useMutation } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NoticeRequest, NoticeResponse } from '@/api/types-officer'

export function useSendNotice(eventId: string) {
  return useMutation({
    mutationFn: ({ notice, idempotencyKey }: { notice: NoticeRequest; idempotencyKey: string }) =>
      api<NoticeResponse>('POST', `/api/events/${encodeURIComponent(eventId)}/notices`, { body: notice, idempotencyKey }),
  })
}
