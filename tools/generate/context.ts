/**
 * What some generators read: the component package's schema, as Pulumi's analyzer derives it
 * from MonitoringBaseline's source (`npm run -s schema` prints it; schema.json holds it).
 */

export interface SchemaProperty {
  readonly type?: string;
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  readonly additionalProperties?: SchemaProperty;
  readonly description?: string;
}

export interface ComponentSchema {
  readonly properties: Readonly<Record<string, SchemaProperty>>;
  readonly required: readonly string[];
  readonly inputProperties: Readonly<Record<string, SchemaProperty>>;
}

export interface PackageSchema {
  readonly resources: Readonly<Record<string, ComponentSchema>>;
  readonly types: Readonly<Record<string, { readonly properties?: Readonly<Record<string, SchemaProperty>> }>>;
}
