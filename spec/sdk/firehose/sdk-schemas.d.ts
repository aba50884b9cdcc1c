// The Firehose SDK's schema module (plain JavaScript): each export is a schema array (structure
// `[3, namespace, name, traits, memberNames, memberSchemas, required]`, list `[1, ..., member]`,
// map `[2, ..., key, value]`, error `[-3, ...]`, operation `[9, ...]`) or a numeric simple schema.
declare module '@aws-sdk/client-firehose/dist-es/schemas/schemas_0.js' {
  const schemas: Readonly<Record<string, unknown>>;
  export = schemas;
}
