import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../lib/api/generated/funding';
import { fundingApi, idempotencyKey } from '../../../lib/api/http';
import { downloadWithToken } from '../../../lib/api/download';
import { ApiError, unwrap, type Problem } from '../../../lib/api/problem';
import { session } from '../../../lib/auth/sessionInstance';

export type Attachment = components['schemas']['AttachmentView'];

const listKey = (applicationId: string) => ['application', applicationId, 'attachments'] as const;

export function useAttachments(applicationId: string) {
  return useQuery({
    queryKey: listKey(applicationId),
    queryFn: async (): Promise<Attachment[]> => {
      const page = await unwrap(
        await fundingApi.GET('/api/funding/applications/{id}/attachments', { params: { path: { id: applicationId } } }),
      );
      return page.items ?? [];
    },
  });
}

export function useAttachmentRules() {
  return useQuery({
    queryKey: ['attachment-rules'],
    queryFn: async () => unwrap(await fundingApi.GET('/api/funding/attachment-rules', {})),
    staleTime: Infinity,
  });
}

export function useDeleteAttachment(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) =>
      unwrap(await fundingApi.DELETE('/api/funding/attachments/{attachmentId}', { params: { path: { attachmentId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['application', applicationId] }),
  });
}

/**
 * Uploads with progress (fetch cannot report upload progress, XMLHttpRequest can). The token goes
 * in the Authorization header, never in the URL; a 401 is recovered once like every other call.
 */
export function upload(applicationId: string, file: File, onProgress: (fraction: number) => void): Promise<Attachment> {
  const key = idempotencyKey();
  const send = (token: string | null) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/funding/applications/${applicationId}/attachments?fileName=${encodeURIComponent(file.name)}`);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Idempotency-Key', key);
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // not JSON: the status tells
        }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new TypeError('network'));
      xhr.send(file);
    });
  return (async () => {
    const token = await session.token();
    let result = await send(token);
    if (result.status === 401 && token) {
      const fresh = await session.recover();
      if (fresh) result = await send(fresh);
    }
    if (result.status >= 200 && result.status < 300) {
      return result.body as Attachment;
    }
    throw new ApiError(result.status, { status: result.status, ...((result.body as Problem) ?? {}) });
  })();
}

/** Downloads the document under its own name. */
export function download(attachment: Attachment): Promise<void> {
  return downloadWithToken(`/api/funding/attachments/${attachment.id}/content`, attachment.fileName ?? 'attachment');
}

/** File name endings of the types the service accepts (it detects the type from the content). */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'text/plain': ['.txt'],
  'application/x-tika-ooxml': ['.docx', '.xlsx', '.pptx'],
  'application/x-tika-msoffice': ['.doc', '.xls', '.ppt'],
  'application/zip': ['.zip'],
};

export function acceptedExtensions(allowedTypes: string[]): string[] {
  return allowedTypes.flatMap((type) => EXTENSIONS[type] ?? []);
}

/** Why a file would be refused before sending it, or null. */
export function precheck(file: File, rules: { maxSizeBytes?: number; allowedTypes?: string[] }): 'empty' | 'too-large' | 'type' | null {
  if (file.size === 0) return 'empty';
  if (rules.maxSizeBytes && file.size > rules.maxSizeBytes) return 'too-large';
  const extensions = acceptedExtensions(rules.allowedTypes ?? []);
  const name = file.name.toLowerCase();
  if (extensions.length && !extensions.some((e) => name.endsWith(e))) return 'type';
  return null;
}
