/**
 * The REST API under {@code /api}: thin handlers over the store, the search index and the services the CLI uses, so
 * that each answer is the JSON of the matching {@code --json} command. Routes are listed in {@link
 * org.tumen.app.web.api.ApiRoutes} and described in {@code openapi.json} beside it.
 */
package org.tumen.app.web.api;
