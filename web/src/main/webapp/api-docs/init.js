// Swagger UI over Parley's generated OpenAPI document. Sign in with POST /api/auth/login,
// then "Authorize" with the accessToken.
window.ui = SwaggerUIBundle({
  url: new URL('../openapi', window.location.href).toString(),
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: false
});
