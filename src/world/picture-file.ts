// Writes a picture file without importing a module: the matchers entry must load no package (not even
// node:fs) so it runs anywhere, and pictures are asked for only under Node, which lends its fs at run time.

interface FsLike {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, data: string): void;
}

/**
 * Writes `html` as `<folder>/<name>.html` (the name made file-safe) and returns its absolute path.
 * Throws an Error saying why when there is no Node file system to write with.
 *
 * @internal
 *
 * @example
 * ```ts
 * savePicture('.tmp/pictures', 'property-seed42-1', formatTimelineHtml(trace)); // '/…/.tmp/pictures/property-seed42-1.html'
 * ```
 */
export function savePicture(folder: string, name: string, html: string): string {
  const proc = (globalThis as { process?: { cwd(): string; getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as FsLike | undefined;
  if (proc === undefined || fs === undefined) throw new Error('writing a picture needs Node.js 20.16 or later (process.getBuiltinModule)');
  const dir = folder.startsWith('/') || /^[A-Za-z]:[\\/]/.test(folder) ? folder : `${proc.cwd()}/${folder}`;
  const path = `${dir.replace(/[\\/]+$/, '')}/${name.replace(/[^\w.-]+/g, '_')}.html`.replace(/\/\.\//g, '/');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path, html);
  return path;
}
