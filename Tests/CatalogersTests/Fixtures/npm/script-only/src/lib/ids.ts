// The request ids.
export const newId = async () => (await import('uuid/v4')).default();
