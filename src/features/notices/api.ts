import { useMutation } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NoticeRequest } from '@contract/officer'

export function useSendNotice(eventId: string) {
  return useMutation({
    mutationFn: ({ notice, idempotencyKey }: { notice: NoticeRequest; idempotencyKey: string }) =>
      api('POST /api/events/:id/notices', { params: { id: eventId }, body: notice, idempotencyKey }),
  })
}
