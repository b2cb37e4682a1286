import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

/**
 * The OpenAPI transform, plus a multipart request body for every route that consumes
 * multipart/form-data: the file is read by the route itself (no body schema validates it), so
 * without this the document would not show that the route takes a file, or which field.
 */
export const withUploadBodies: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  const consumes = (input.schema as { consumes?: string[] } | undefined)?.consumes;
  if (!consumes?.includes('multipart/form-data')) return out;
  return {
    ...out,
    schema: {
      ...out.schema,
      body: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'Tệp tải lên (một tệp, trường "file")' },
        },
      },
    },
  };
};
