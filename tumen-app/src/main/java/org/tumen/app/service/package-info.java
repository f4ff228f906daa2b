/**
 * What the CLI commands and the HTTP API both do, written once: the checks on their inputs, the JSON they give and
 * the services over the store, so that {@code tumen events --json} and {@code GET /api/events} cannot drift apart.
 * The commands and the handlers are thin adapters over these (STYLE habit 6).
 */
package org.tumen.app.service;
