/**
 * The browser UI: server-rendered pages (jte templates in {@code src/main/jte}, compiled at build time, escaping by
 * default), small scripts in {@code static/js} for the timeline, map, graph and chart, and the libraries they use
 * from WebJars. Pages read the store, the search index and the pipeline through {@link org.tumen.app.web.WebContext},
 * the same services as the CLI, and every list on a page is bounded.
 */
package org.tumen.app.web.ui;
