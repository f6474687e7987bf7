/** The element id of a form field named by an API field path, so error lists can link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
