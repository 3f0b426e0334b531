export function serve(
  mounts: Record<string, string>,
  options?: { port?: number; headers?: (urlPath: string) => Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
