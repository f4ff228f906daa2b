/**
 * The HTTP server: one Javalin app over one {@link org.tumen.app.web.WebContext} (the store, the search index and
 * the pipeline the CLI uses), with token access control off loopback ({@link org.tumen.app.web.Access}); the REST API
 * lives in {@code web.api}, the browser UI in {@code web.ui}.
 */
package org.tumen.app.web;
