/** @pactflow/swagger-mock-validator ships no type declarations (its package.json names a file it does not publish). */
declare module '@pactflow/swagger-mock-validator' {
  export interface ValidationResult {
    code: string;
    message: string;
    type: 'error' | 'warning';
    mockDetails?: { interactionDescription?: string | null; interactionState?: string | null; location?: string; value?: unknown };
    specDetails?: { location?: string; pathMethod?: string | null; pathName?: string | null; value?: unknown };
    source: string;
  }

  export interface ValidationOutcome {
    success: boolean;
    failureReason?: string;
    errors: ValidationResult[];
    warnings: ValidationResult[];
  }

  export interface ValidateOptions {
    /** Path or URL of the OpenAPI/Swagger document (JSON or YAML). */
    specPathOrUrl: string;
    /** Path or URL of the pact file. */
    mockPathOrUrl: string;
    /** Posts an analytics event to this URL when set; leave unset. */
    analyticsUrl?: string;
    additionalPropertiesInResponse?: boolean;
    requiredPropertiesInResponse?: boolean;
  }

  export const SwaggerMockValidatorFactory: {
    create(auth?: string): { validate(options: ValidateOptions): Promise<ValidationOutcome> };
  };
}
