/** 350 KB, 1,2 MB — as a Vietnamese reader writes sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${(mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10).toString().replace('.', ',')} MB`;
}
