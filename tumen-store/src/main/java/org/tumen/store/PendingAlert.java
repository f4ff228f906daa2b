package org.tumen.store;

import org.tumen.core.watch.Alert;

/**
 * An alert a webhook has not acknowledged yet.
 *
 * @param seq the alert's place in the order alerts were raised; deliveries are recorded under it
 * @param attempts failed attempts so far (0 for an alert never sent)
 */
public record PendingAlert(long seq, Alert alert, int attempts) {}
