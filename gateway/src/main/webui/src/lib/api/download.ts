import { session } from '../auth/sessionInstance';
import { toApiError } from './problem';

/** Fetches a file with the person's token in a header, then hands it to the browser under `fileName`. */
export async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const token = await session.token();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    throw await toApiError(response);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
